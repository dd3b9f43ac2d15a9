/**
 * NLP: Stanford CoreNLP behind Parallax's {@link dev.parallax.api.Annotator}.
 *
 * <p><b>In</b>: an article's text. <b>Out</b>: an {@link dev.parallax.api.Annotation} — sentences
 * and named-entity mentions with offsets. CoreNLP's types never leave this package.
 *
 * <p>The configuration is deliberate ({@link dev.parallax.core.nlp.NlpOptions}): one CoNLL-trained
 * 4-class CRF instead of CoreNLP's default three models with SUTime and fine-grained rules. On
 * CoNLL-2003 eng.testa it scores F1 0.931 at about 8,100 tokens/s against the default's 0.911 at
 * about 890 tokens/s (see {@code docs/evaluation.md}). <b>Traps</b>: the pipeline takes seconds and
 * hundreds of megabytes to load — one per JVM; CoreNLP pulls old libraries (commons-lang3 is pinned
 * to a current one in the parent pom).
 */
package dev.parallax.core.nlp;
