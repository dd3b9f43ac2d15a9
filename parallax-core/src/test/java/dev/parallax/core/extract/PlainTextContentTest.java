package dev.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Removed;
import org.junit.jupiter.api.Test;

class PlainTextContentTest {

  @Test
  void separatesTitleBodyAndFurniture() {
    String text =
        """
        Connect with us

        NEWS

        Harbour workers walk out over pay

        Published

        on

        Harbour workers walk out over pay

        More than 4,000 dock workers walked off the job on Monday, the union said.

        Read More:

        Ten recipes for a rainy weekend

        Local team wins the cup again

        "We have waited long enough," union leader Mara Quist told reporters.

        Trending
        """;
    PlainTextContent.Content c = PlainTextContent.extract(text);
    assertThat(c.title()).isEqualTo("Harbour workers walk out over pay");
    assertThat(c.paragraphs())
        .containsExactly(
            "More than 4,000 dock workers walked off the job on Monday, the union said.",
            "\"We have waited long enough,\" union leader Mara Quist told reporters.");
    assertThat(c.removed())
        .extracting(Removed::text)
        .contains(
            "Connect with us", "NEWS", "Read More:", "Ten recipes for a rainy weekend", "Trending");
    assertThat(c.removed())
        .filteredOn(r -> r.text().equals("Local team wins the cup again"))
        .extracting(Removed::reason)
        .containsExactly(Removed.RELATED_LINKS);
  }

  @Test
  void agencyNameGluedToLastSentenceIsCut() {
    PlainTextContent.Content c =
        PlainTextContent.extract(
            "Talks resume in May\n\nThe talks produced no agreement on the border, officials said.agencies\n");
    assertThat(c.paragraphs())
        .containsExactly("The talks produced no agreement on the border, officials said.");
    assertThat(c.removed()).containsExactly(new Removed("agencies", Removed.AGENCY_TAIL));
  }

  @Test
  void creditLinesAreRemovedWithTheirReason() {
    PlainTextContent.Content c =
        PlainTextContent.extract(
            "The minister resigned on Friday after a week of protests in the capital.\nWith Post wires\nCredit to Example News\n");
    assertThat(c.paragraphs()).hasSize(1);
    assertThat(c.removed()).extracting(Removed::reason).containsOnly(Removed.CREDIT_LINE);
  }

  @Test
  void hardWrappedSentenceIsJoined() {
    PlainTextContent.Content c =
        PlainTextContent.extract(
            "The talks were held in the port city and\nlikely will resume next week, an official said.\n");
    assertThat(c.paragraphs())
        .containsExactly(
            "The talks were held in the port city and likely will resume next week, an official said.");
  }

  @Test
  void singleSubheadingIsKept() {
    PlainTextContent.Content c =
        PlainTextContent.extract(
            "The storm reached the coast at dawn, forecasters said.\nRoads Closed Across the Region\nPolice closed 14 roads by noon.\n");
    assertThat(c.paragraphs()).contains("Roads Closed Across the Region");
  }
}
