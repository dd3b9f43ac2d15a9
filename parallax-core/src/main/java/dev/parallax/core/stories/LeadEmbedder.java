package dev.parallax.core.stories;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Embeds an article's lead — the headline and the first sentences, about {@value #MAX_WORDS} words
 * — with the quantized all-MiniLM-L6-v2 sentence model running in process (LangChain4j, ONNX).
 *
 * <p>Only the lead, because that is where a news article says what happened, the model reads at
 * most 256 word pieces well, and it keeps the cost to one short input per article (772 ECB+ leads
 * took 4.8 s on the project's 2-core machine, about 6 ms each). The model is loaded once, in the
 * constructor, from the Maven artifact; nothing is downloaded. Thread-safe.
 */
public final class LeadEmbedder {

  static final int MAX_WORDS = 80;
  private static final Pattern WORD = Pattern.compile("\\S+");

  private final AllMiniLmL6V2QuantizedEmbeddingModel model =
      new AllMiniLmL6V2QuantizedEmbeddingModel();

  /** Unit-length embedding of the lead, or null when the article has no words. */
  public float[] embed(String title, String text) {
    String lead = lead(title, text);
    if (lead.isBlank()) {
      return null;
    }
    float[] v = model.embed(lead).content().vector();
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return null;
    }
    float z = (float) Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      v[i] /= z;
    }
    return v;
  }

  /** The headline and the first {@value #MAX_WORDS} words of the body. */
  static String lead(String title, String text) {
    StringBuilder lead = new StringBuilder(title == null ? "" : title.strip());
    Matcher m = WORD.matcher(text);
    int words = 0;
    while (words < MAX_WORDS && m.find()) {
      if (!lead.isEmpty()) {
        lead.append(' ');
      }
      lead.append(m.group());
      words++;
    }
    return lead.toString();
  }
}
