package dev.parallax.eval;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;

/**
 * Other extractors, run on the same pages for comparison: Readability4J (a port of Mozilla's
 * Readability.js) and boilerpipe's ArticleExtractor. Used only for measuring.
 */
public final class Baselines {

  private Baselines() {}

  public static Function<ExtractionEval.Page, String> readability4j() {
    return page -> {
      try {
        String text = new Readability4J(page.url(), html(page)).parse().getTextContent();
        return text == null ? "" : text;
      } catch (RuntimeException e) {
        return "";
      }
    };
  }

  public static Function<ExtractionEval.Page, String> boilerpipe() {
    return page -> {
      try {
        String text = ArticleExtractor.INSTANCE.getText(html(page));
        return text == null ? "" : text;
      } catch (BoilerpipeProcessingException | RuntimeException e) {
        return "";
      }
    };
  }

  static String html(ExtractionEval.Page page) {
    return new String(page.html(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
