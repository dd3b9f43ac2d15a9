package dev.parallax.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    return best.getConfidence() < MIN_CONFIDENCE ? UNDETERMINED : best.getLang();
  }
}
