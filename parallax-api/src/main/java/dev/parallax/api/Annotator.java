package dev.parallax.api;

/**
 * Natural-language annotation of a text: sentences and named entities. Implementations load their
 * models in the constructor, are thread-safe, and never throw on odd text (an empty text gives an
 * empty annotation).
 */
@FunctionalInterface
public interface Annotator {

  Annotation annotate(String text);
}
