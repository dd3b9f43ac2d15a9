package dev.parallax.core.nlp;

import dev.parallax.api.Annotation;
import dev.parallax.api.Annotator;
import dev.parallax.api.Mention;
import dev.parallax.api.TextSpan;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences and named entities from Stanford CoreNLP, behind Parallax's {@link Annotator}.
 *
 * <p>The pipeline is chosen for what Parallax needs, not CoreNLP's defaults: tokenize, ssplit, pos,
 * lemma and one CRF NER model, without SUTime, numeric classifiers, fine-grained rules or KBP.
 * CoreNLP's types stay inside this class; callers get {@link Mention}s with offsets into their own
 * text.
 *
 * <p>Loading takes a few seconds and about 200 MB; build one per JVM and share it: annotation is
 * thread-safe.
 */
public final class CoreNlpAnnotator implements Annotator {

  private final StanfordCoreNLP pipeline;

  public CoreNlpAnnotator(NlpOptions options) {
    Objects.requireNonNull(options, "options");
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.model", options.nerModel());
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", String.valueOf(options.fineGrained()));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.combinationMode", "NORMAL");
    if (options.preTokenized()) {
      p.setProperty("tokenize.whitespace", "true");
      p.setProperty("ssplit.eolonly", "true");
    } else {
      // a blank line ends a sentence: a headline, a byline or an outlet's name on its own line
      // ("Morning Bell" over "Ana Ruiz's party won …") is no part of the next paragraph's first
      // name ("Bell Ana Ruiz"). One line break is not one: plain text is often wrapped mid-sentence
      p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    }
    // CoreNLP logs every model it loads to stderr; a command-line tool should not
    edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** A pipeline with explicit CoreNLP properties, for benchmarks against stock configurations. */
  public static StanfordCoreNLP stock(Properties properties) {
    return new StanfordCoreNLP(properties);
  }

  @Override
  public Annotation annotate(String text) {
    if (text == null || text.isBlank()) {
      return new Annotation(text == null ? "" : text, List.of(), List.of());
    }
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<TextSpan> sentences = new ArrayList<>();
    for (CoreSentence s : doc.sentences()) {
      List<CoreLabel> tokens = s.tokens();
      if (!tokens.isEmpty()) {
        sentences.add(
            new TextSpan(
                tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition()));
      }
    }
    List<Mention> mentions = new ArrayList<>();
    if (doc.entityMentions() != null) {
      for (CoreEntityMention m : doc.entityMentions()) {
        int start = m.charOffsets().first();
        int end = m.charOffsets().second();
        if (start >= 0 && end > start && end <= text.length()) {
          addSplitAtDashes(mentions, text, start, end, m.entityType());
        }
      }
    }
    return new Annotation(text, sentences, mentions);
  }

  /**
   * A dash between spaces separates, and no name holds one: the tagger reads a dateline and the
   * name after it as one ("HARWICK — Lindholm Steel has agreed …"), which would make the company an
   * organisation called "HARWICK — Lindholm Steel". Each part is a mention of its own.
   */
  private static final Pattern SPACED_DASH = Pattern.compile("\\s+(?:—|–|--)\\s+");

  static void addSplitAtDashes(
      List<Mention> mentions, String text, int start, int end, String type) {
    Matcher dash = SPACED_DASH.matcher(text.substring(start, end));
    int from = start;
    while (dash.find()) {
      if (start + dash.start() > from) {
        mentions.add(
            new Mention(
                from, start + dash.start(), text.substring(from, start + dash.start()), type));
      }
      from = start + dash.end();
    }
    if (end > from) {
      mentions.add(new Mention(from, end, text.substring(from, end), type));
    }
  }

  /** Per-token NER labels of one pre-tokenised sentence (for evaluation on CoNLL data). */
  public List<String> labels(String tokensJoinedBySpaces) {
    CoreDocument doc = new CoreDocument(tokensJoinedBySpaces);
    pipeline.annotate(doc);
    List<String> labels = new ArrayList<>();
    for (CoreLabel t : doc.annotation().get(CoreAnnotations.TokensAnnotation.class)) {
      labels.add(t.ner() == null ? "O" : t.ner());
    }
    return labels;
  }
}
