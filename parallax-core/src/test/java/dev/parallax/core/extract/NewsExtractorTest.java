package dev.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Extraction;
import dev.parallax.api.RawDocument;
import dev.parallax.api.Status;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NewsExtractorTest {

  private static NewsExtractor extractor;

  private static final String PAGE =
      """
      <!DOCTYPE html><html><head><title>Council backs tram line | The Lindenfeld Courier</title>
      <meta property="og:site_name" content="The Lindenfeld Courier">
      <meta property="article:published_time" content="2026-03-14T09:30:00+01:00">
      <meta name="author" content="Ines Barta">
      </head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <div class="share-tools"><a href="#">Share on X</a> <a href="#">Email</a></div>
      <article><h1>Council backs tram line</h1>
      <div class="article-body">
      <p>The city council voted 31 to 12 on Thursday to build a tram line linking the station to the
      university, ending a decade of argument over the route.</p>
      <p>"This is the most important decision this council will take," said mayor Petra Ulm, who
      had campaigned for the line since 2019.</p>
      <p>Construction is due to start next spring and cost 240 million euros, the council said.</p>
      <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Bus fares rise again</a></li>
      <li><a href="/b">Station car park to close</a></li></ul></div>
      </div></article>
      <footer>Copyright 2026 The Lindenfeld Courier. All rights reserved.</footer>
      </body></html>
      """;

  @BeforeAll
  static void load() {
    extractor = new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser());
  }

  @Test
  void extractsBodyAndMetadataFromHtml() {
    Extraction e =
        extractor.extract(
            RawDocument.of(
                "courier/tram.html", PAGE.getBytes(StandardCharsets.UTF_8), "text/html"));
    assertThat(e.status()).isEqualTo(Status.OK);
    var a = e.article();
    assertThat(a.title()).isEqualTo("Council backs tram line");
    assertThat(a.outlet()).isEqualTo("The Lindenfeld Courier");
    assertThat(a.byline()).isEqualTo("Ines Barta");
    assertThat(a.published().date()).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(a.published().from()).isEqualTo("meta");
    assertThat(a.language()).isEqualTo("eng");
    assertThat(a.text())
        .startsWith("The city council voted 31 to 12")
        .contains("240 million euros");
    assertThat(a.text()).doesNotContain("Share on X", "Bus fares", "Copyright", "Home");
    assertThat(a.text().split("\n\n")).hasSize(3);
  }

  @Test
  void aTextFileTakesItsDateFromItsNameWhenItsDatelineHasNoYear() {
    String text =
        "HARWICK, Sept. 28 (UPI) — The regional council approved the new ferry timetable on"
            + " Wednesday after a year of complaints from commuters on the northern route.\n\n"
            + "The changes take effect next month, the council said in a statement.";
    Extraction e =
        extractor.extract(
            RawDocument.of(
                "saved/courier_2016-09-28_ferry-timetable.txt",
                text.getBytes(StandardCharsets.UTF_8),
                "text/plain"));
    assertThat(e.article().published().date()).isEqualTo(LocalDate.of(2016, 9, 28));
    assertThat(e.article().published().from()).isEqualTo("file name");
    Extraction undatedName =
        extractor.extract(
            RawDocument.of(
                "saved/ferry-timetable.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain"));
    assertThat(undatedName.article().published().from()).isEqualTo("dateline, year assumed");
  }

  /** A saved plain text with no date in its name. */
  private static Extraction savedText(String text) {
    return extractor.extract(
        RawDocument.of("saved/ferry.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain"));
  }

  @Test
  void aTextFileTakesItsDateFromTheStampUnderItsHeadline() {
    String headline = "Harwick council backs new ferry timetable\n";
    String body =
        "The regional council approved the new ferry timetable on Wednesday after a year of"
            + " complaints from commuters on the northern route.\n\n"
            + "The changes take effect next month, the council said in a statement.";
    Extraction stamped = savedText(headline + "Posted on September 28, 2016, 4:42 PM EDT\n" + body);
    assertThat(stamped.article().published().date()).isEqualTo(LocalDate.of(2016, 9, 28));
    assertThat(stamped.article().published().from()).isEqualTo("date stamp");
    assertThat(stamped.article().text()).doesNotContain("Posted on");
    // a stamp further down belongs to something else (an update, a quoted letter)
    Extraction late =
        savedText(
            headline
                + body
                + "\nThe first ferry runs on the new timetable a month later.\nOctober 28, 2016");
    assertThat(late.article().published()).isNull();
    // and a full stamp beats a dateline whose year is a guess
    Extraction both = savedText(headline + "27 September 2013, 10:00\nHARWICK, Sept. 26 — " + body);
    assertThat(both.article().published().date()).isEqualTo(LocalDate.of(2013, 9, 27));
  }

  @Test
  void sameInputGivesSameIdAndDifferentSourceGivesDifferentId() {
    byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
    var a = extractor.extract(RawDocument.of("x.html", bytes, "text/html")).article();
    var b = extractor.extract(RawDocument.of("x.html", bytes, "text/html")).article();
    var c = extractor.extract(RawDocument.of("y.html", bytes, "text/html")).article();
    assertThat(a).isEqualTo(b);
    assertThat(c.id()).isNotEqualTo(a.id());
    assertThat(c.contentHash()).isEqualTo(a.contentHash());
  }

  @Test
  void htmlNamedTxtIsSniffedAndNoted() {
    Extraction e =
        extractor.extract(
            RawDocument.of("page.txt", PAGE.getBytes(StandardCharsets.UTF_8), "text/plain"));
    assertThat(e.article().title()).isEqualTo("Council backs tram line");
    assertThat(e.article().issues()).anyMatch(i -> i.contains("HTML"));
  }

  @Test
  void emptyBinaryAndTinyInputsAreSkippedWithReasons() {
    assertThat(extractor.extract(RawDocument.of("e.txt", new byte[0], null)).reason())
        .isEqualTo("empty document");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    Extraction bin = extractor.extract(RawDocument.of("p.html", png, "text/html"));
    assertThat(bin.status()).isEqualTo(Status.SKIPPED);
    assertThat(bin.reason()).contains("png");
    Extraction tiny =
        extractor.extract(
            RawDocument.of(
                "t.txt", "Just a few words here.".getBytes(StandardCharsets.UTF_8), null));
    assertThat(tiny.status()).isEqualTo(Status.SKIPPED);
    assertThat(tiny.reason()).contains("not an article");
  }

  @Test
  void oversizedInputFails() {
    NewsExtractor small = new NewsExtractor(new ExtractOptions(10, 1), new LanguageGuesser());
    Extraction e = small.extract(RawDocument.of("big.txt", new byte[11], null));
    assertThat(e.status()).isEqualTo(Status.FAILED);
    assertThat(e.reason()).contains("size limit");
  }
}
