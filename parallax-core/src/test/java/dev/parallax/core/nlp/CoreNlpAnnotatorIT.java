package dev.parallax.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Annotation;
import dev.parallax.api.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Slow (loads CoreNLP models): sentences and entities come back with offsets into the text. */
class CoreNlpAnnotatorIT {

  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(NlpOptions.defaults());
  }

  @Test
  void findsPeopleOrganisationsAndPlacesWithOffsets() {
    String text =
        "Union leader Mara Quist spoke to reporters in Harwick on Monday. The Harwick Dockers' Union wants more pay.";
    Annotation a = annotator.annotate(text);
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.mentions()).extracting(Mention::text).contains("Mara Quist", "Harwick");
    for (Mention m : a.mentions()) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    assertThat(a.mentions())
        .filteredOn(m -> m.text().equals("Mara Quist"))
        .extracting(Mention::type)
        .containsOnly("PERSON");
  }

  @Test
  void aBlankLineEndsASentenceAndNoNameRunsOverIt() {
    String text =
        "Morning Bell\n\nAna Ruiz's Green Alliance won the election on Sunday, Tomas\nVarga said.";
    Annotation a = annotator.annotate(text);
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.mentions()).noneMatch(m -> m.text().contains("\n\n"));
    // one line break is a wrapped line, not a new sentence
    assertThat(a.mentions()).extracting(Mention::text).contains("Ana Ruiz", "Tomas\nVarga");
  }

  @Test
  void emptyTextGivesAnEmptyAnnotation() {
    assertThat(annotator.annotate("").mentions()).isEmpty();
    assertThat(annotator.annotate("   ").sentences()).isEmpty();
  }
}
