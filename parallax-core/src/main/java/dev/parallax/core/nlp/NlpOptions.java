package dev.parallax.core.nlp;

/**
 * Typed options of the CoreNLP annotator.
 *
 * @param nerModel classpath path of the CRF model to use (one model, not CoreNLP's default of three
 *     run in sequence)
 * @param fineGrained whether to run CoreNLP's fine-grained NER (TokensRegex rules for titles,
 *     nationalities, cities …) — slow, and not what Parallax's entity types need
 * @param preTokenized treat whitespace as the only token boundary and each line as a sentence (for
 *     evaluation on already-tokenised corpora)
 */
public record NlpOptions(String nerModel, boolean fineGrained, boolean preTokenized) {

  /** CoNLL-trained 4-class model: PERSON, ORGANIZATION, LOCATION, MISC. */
  public static final String CONLL_4CLASS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  public NlpOptions {
    if (nerModel == null || nerModel.isBlank()) {
      throw new IllegalArgumentException("nerModel must name a model");
    }
  }

  public static NlpOptions defaults() {
    return new NlpOptions(CONLL_4CLASS, false, false);
  }
}
