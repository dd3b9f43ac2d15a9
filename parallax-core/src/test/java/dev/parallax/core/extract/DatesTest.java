package dev.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Published;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void readsTheFormsPagesUse() {
    assertThat(Dates.parse("2019-11-19T10:05:00Z", "meta").iso()).isEqualTo("2019-11-19T10:05Z");
    assertThat(Dates.parse("2019-11-19T10:05:00-0500", "meta").time().getOffset().getTotalSeconds())
        .isEqualTo(-5 * 3600);
    assertThat(Dates.parse("Tue, 19 Nov 2019 10:05:00 GMT", "meta").date())
        .isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(Dates.parse("November 19, 2019", "time").date())
        .isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(Dates.parse("19 Nov. 2019", "time").date()).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(Dates.parse("not a date", "meta")).isNull();
  }

  @Test
  void readsDatesInUrls() {
    assertThat(Dates.fromUrl("https://example.org/2019/11/19/story-name").date())
        .isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(Dates.fromUrl("https://example.org/news/story-20191119-abc").date())
        .isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(Dates.fromUrl("https://example.org/news/story")).isNull();
  }

  @Test
  void readsFullDatesInFileNamesOnly() {
    assertThat(Dates.fromFileName("/data/texts/outlet_2016-09-12_some-story.txt").date())
        .isEqualTo(LocalDate.of(2016, 9, 12));
    assertThat(Dates.fromFileName("C:\\saved\\2016_09_12-story.html").from())
        .isEqualTo("file name");
    // a year alone, a folder's date, a web address and an impossible date are not read
    assertThat(Dates.fromFileName("/data/texts/report-2016-final.txt")).isNull();
    assertThat(Dates.fromFileName("/archive/2016-09-12/story.txt")).isNull();
    assertThat(Dates.fromFileName("https://example.org/story_2016-09-12.html")).isNull();
    assertThat(Dates.fromFileName("/data/story_2016-13-45.txt")).isNull();
    assertThat(Dates.fromFileName("/data/story_2016-09_12.txt")).isNull();
  }

  @Test
  void datelineWithoutYearSaysTheYearIsAssumed() {
    Published p = Dates.fromDateline("MOSCOW, September 4 — The talks", LocalDate.of(2026, 11, 1));
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 9, 4));
    assertThat(p.from()).isEqualTo("dateline, year assumed");
    Published later =
        Dates.fromDateline("LONDON, December 30 — The talks", LocalDate.of(2026, 11, 1));
    assertThat(later.date()).isEqualTo(LocalDate.of(2025, 12, 30));
    // an agency of more than one word in the dateline's brackets
    assertThat(
            Dates.fromDateline(
                    "HARWICK, Sept 10 (Harbour Wire) - The phone", LocalDate.of(2026, 11, 1))
                .date())
        .isEqualTo(LocalDate.of(2026, 9, 10));
    // a range of days opening a sentence is no dateline
    assertThat(
            Dates.fromDateline("On October 1-2 Harwick hosts a seminar", LocalDate.of(2026, 11, 1)))
        .isNull();
  }

  @Test
  void aStampFromAfterTheFetchIsNoPublicationDate() {
    assertThat(
            Dates.fromStamp("Posted on 27 September 2013, 10:00", LocalDate.of(2026, 1, 1)).date())
        .isEqualTo(LocalDate.of(2013, 9, 27));
    assertThat(Dates.fromStamp("December 23, 2027 6:11 PM", LocalDate.of(2026, 1, 1))).isNull();
    assertThat(Dates.fromStamp(null, LocalDate.of(2026, 1, 1))).isNull();
  }
}
