package dev.parallax.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordFinderTest {

  private final RecordFinder finder = new RecordFinder();

  private java.util.List<String> values(String text) {
    return finder.find(text).stream().map(RecordFinder.Score::value).toList();
  }

  @Test
  void recordsAndScoresAreReadWhole() {
    assertThat(values("The win improved the Ostland fighter to 41-2 with 30 KOs."))
        .containsExactly("41-2");
    assertThat(values("He led the team to a 120-98 record.")).containsExactly("120-98");
    assertThat(values("The Harriers beat the Millers 21–14 to clinch a spot."))
        .containsExactly("21-14");
    assertThat(values("Varga (12-3-1) fights next month.")).containsExactly("12-3-1");
  }

  @Test
  void aVotesTallyIsOneScoreHoweverWritten() {
    assertThat(finder.find("Parliament passed the law by 88 votes to 81, with 6 abstentions."))
        .extracting(RecordFinder.Score::value, RecordFinder.Score::vote)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("88-81", true));
    assertThat(values("Lawmakers approved a ban on new oil boilers by 88 to 81 on Thursday."))
        .containsExactly("88-81");
    assertThat(finder.find("The senate passed 52-48 on Monday.").get(0).vote()).isTrue();
    assertThat(finder.find("The Harriers beat the Millers 21-14.").get(0).vote()).isFalse();
    // a count before "to" is otherwise a range
    assertThat(values("The board approved a plan to cut 30 to 40 jobs.")).isEmpty();
    assertThat(values("The vote share rose from 35 to 40 on Monday.")).isEmpty();
    assertThat(values("Prices rose 5 to 10 on Monday.")).isEmpty();
  }

  @Test
  void rangesDatesAndChainsAreNot() {
    assertThat(values("As many as 35-40 firefighters came.")).isEmpty();
    assertThat(values("Snow of 4-5 inches fell.")).isEmpty();
    assertThat(values("Posted 12-16-08 at noon.")).isEmpty();
    assertThat(values("They play a 4-3-3 formation.")).isEmpty();
    assertThat(values("A man aged 18-24 was seen.")).isEmpty();
  }

  @Test
  void aScoreOnTheWayIsNoResult() {
    assertThat(values("Ruiz scored to give the Harriers a 7-0 lead.")).isEmpty();
    assertThat(values("With the score tied 13-13, they kicked.")).isEmpty();
    assertThat(values("The Harriers took a 13-3 halftime lead.")).containsExactly("13-3");
    assertThat(values("The Harriers won 20-13 and lead the league.")).containsExactly("20-13");
    assertThat(values("Ruiz hit Varga for a touchdown to break a 13-13 tie.")).isEmpty();
    assertThat(values("The drive put the Harriers up 20-13 with four minutes left.")).isEmpty();
    assertThat(values("The game ended in a 1-1 tie.")).containsExactly("1-1");
  }

  @Test
  void aMatchToldSetBySetIsOneScore() {
    assertThat(values("Ruiz beat Varga 6-2 6-3 in the final.")).containsExactly("6-2 6-3");
    assertThat(values("Ruiz won 6-4, 3-6, 7-6 (7-4) on Sunday.")).containsExactly("6-4 3-6 7-6");
    assertThat(values("Ruiz won 7-6(5) 6-4.")).containsExactly("7-6 6-4");
    // game scores in a row are two results, not the sets of one
    assertThat(values("They drew 2-1 3-0 in the two legs.")).doesNotContain("2-1 3-0");
  }
}
