package dev.parallax.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Names the language of a text with OpenNLP's language-detection model (103 languages, ISO 639-3
 * codes), shipped as a Maven artifact and loaded once from the classpath.
 *
 * <p>The model is shared; a detector per thread, because {@code LanguageDetectorME} does not
 * promise thread safety. Only the first few thousand characters are read: that is plenty for a
 * confident answer and keeps the cost flat for long articles.
 */
public final class LanguageGuesser {

  /** Returned when the text is too short or the model is unsure. */
  public static final String UNDETERMINED = "und";

  private static final String MODEL = "/langdetect-183.bin";
  private static final int SAMPLE_CHARS = 800;
  private static final double MIN_CONFIDENCE = 0.2;

  private final ThreadLocal<LanguageDetectorME> detector;

  /** Loads the model; takes about a second. */
  public LanguageGuesser() {
    LanguageDetectorModel model;
    try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("language model " + MODEL + " is not on the classpath");
      }
      model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language model " + MODEL, e);
    }
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
  }

  /** The ISO 639-3 code of the text's language, or {@link #UNDETERMINED}. */
  public String guess(String text) {
    if (text == null || text.strip().length() < 20) {
      return UNDETERMINED;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language best = detector.get().predictLanguage(sample);
    if (best.getConfidence() >= MIN_CONFIDENCE) {
      return best.getLang();
    }
    return englishByFunctionWords(sample) ? "eng" : UNDETERMINED;
  }

  /**
   * English function words. On a one- or two-sentence brief the model spreads its probability over
   * many languages and none reaches the bar, yet "killed Sgt. Ana Ruiz, who had pursued him outside
   * the courthouse" is plainly English, and leaving it undetermined would leave it without entity
   * recognition. Function words are the most reliable sign of a language in a short text.
   */
  private static final Set<String> ENGLISH_FUNCTION_WORDS =
      Set.of(
          "the", "and", "of", "to", "in", "was", "were", "had", "has", "have", "who", "which",
          "that", "with", "for", "from", "on", "at", "by", "he", "she", "they", "his", "her",
          "their", "it", "is", "are", "been", "after", "before", "him", "them", "not", "an");

  /** At least three English function words, making up a fifth of the words or more. */
  static boolean englishByFunctionWords(String text) {
    int words = 0;
    int function = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (ENGLISH_FUNCTION_WORDS.contains(w)) {
        function++;
      }
    }
    return function >= 3 && function * 5 >= words;
  }
}
