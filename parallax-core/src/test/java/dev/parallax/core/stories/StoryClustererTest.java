package dev.parallax.core.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  private final StoryFeatures features = new StoryFeatures();

  /** Two fires in two towns (one topic, two events) and a football result (another topic). */
  private static final Map<String, String> ARTICLES =
      Map.of(
          "fire-a1",
          "A fire destroyed a warehouse in Brackton on Tuesday. Firefighters from Brackton and"
              + " Elsmere fought the blaze for six hours. Warehouse owner Tomas Vell said the"
              + " building held paper stock.",
          "fire-a2",
          "Brackton warehouse fire: Tomas Vell, the owner, said nobody was hurt when the blaze"
              + " tore through the paper stock. Crews from Elsmere helped Brackton firefighters.",
          "fire-a3",
          "Investigators in Brackton are looking for the cause of the warehouse fire. Tomas Vell"
              + " said the paper stock was insured.",
          "fire-b1",
          "A fire destroyed a warehouse in Quillon on Friday. Firefighters fought the blaze for"
              + " hours. Owner Marta Okafor said the building held furniture.",
          "fire-b2",
          "Quillon warehouse fire: Marta Okafor said the furniture stock was lost when the blaze"
              + " spread. Quillon firefighters kept it from nearby homes.",
          "match1",
          "Harlow Rovers beat Denby United 3-1 in the cup final. Striker Ines Moyo scored twice"
              + " as Rovers lifted the trophy in front of 40,000 fans.",
          "match2",
          "Ines Moyo scored twice and Harlow Rovers won the cup final against Denby United. The"
              + " striker said the trophy belonged to the fans.");

  private StoryClusterer.Book cluster(List<String> order) {
    StoryClusterer.Options d = StoryClusterer.Options.defaults();
    // small corpora have flat statistics: lower thresholds than the ECB+ defaults
    StoryClusterer clusterer =
        new StoryClusterer(
            new StoryClusterer.Options(
                d.topicWeights(), 0, 0.1, 0.1, d.eventWeights(), 4, 2, 0.2, d.eventDays()));
    StoryClusterer.Book book = clusterer.open();
    for (String id : order) {
      book.add(
          new StoryClusterer.Item(
              id, features.terms(null, ARTICLES.get(id)), null, PUBLISHED.get(id)));
    }
    return book;
  }

  /** Publication dates: some articles undated, as many are. */
  private static final Map<String, LocalDate> PUBLISHED =
      Map.of(
          "fire-a1", LocalDate.of(2026, 3, 3),
          "fire-a2", LocalDate.of(2026, 3, 4),
          "fire-b1", LocalDate.of(2026, 3, 6),
          "match1", LocalDate.of(2026, 3, 1));

  private static List<List<String>> sorted(Collection<List<String>> groups) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> g : groups) {
      out.add(g.stream().sorted().toList());
    }
    out.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    return out;
  }

  @Test
  void tellsTwoEventsOfOneKindApartByWhoAndWhere() {
    List<String> order =
        List.of("fire-a1", "fire-b1", "match1", "fire-a2", "fire-b2", "match2", "fire-a3");
    StoryClusterer.Book book = cluster(order);
    assertThat(sorted(book.events().values()))
        .containsExactly(
            List.of("fire-a1", "fire-a2", "fire-a3"),
            List.of("fire-b1", "fire-b2"),
            List.of("match1", "match2"));
    assertThat(book.placement("fire-a1").topic()).isEqualTo(book.placement("fire-b2").topic());
    assertThat(book.placement("fire-a1").topic()).isNotEqualTo(book.placement("match1").topic());
  }

  @Test
  void aSmallRunsReportsOfOneEventAreOneStory() {
    // three reports, and nothing else: every word they share is in every report of the run
    Map<String, String> reports =
        Map.of(
            "r1",
            "Ferry capsizes off Tarnow, 14 dead\n\nA passenger ferry capsized off the port of"
                + " Tarnow on Tuesday, killing 14 people and leaving 9 missing, coast guard"
                + " officials said. The ferry was carrying 212 passengers and 11 crew when it"
                + " overturned about 2 km from the harbour entrance. Harbour master Ana Ruiz said"
                + " 189 people had been rescued.",
            "r2",
            "Tarnow ferry disaster: 16 killed as vessel overturns\n\nA ferry carrying more than"
                + " 200 passengers overturned near Tarnow harbour on Tuesday, killing 16 people,"
                + " the regional governor said. Governor Tomas Varga told reporters that rescue"
                + " crews had pulled 189 survivors from the water.",
            "r3",
            "Ferry sinks near Tarnow\n\nA ferry sank near the port of Tarnow on Tuesday."
                + " Officials said 14 people died. Ana Ruiz said 189 people were rescued. Tomas"
                + " Varga, the regional governor, declared three days of mourning.");
    StoryClusterer.Book book = new StoryClusterer(StoryClusterer.Options.defaults()).open();
    for (String id : List.of("r1", "r2", "r3")) {
      book.add(new StoryClusterer.Item(id, features.terms(null, reports.get(id)), null));
    }
    assertThat(sorted(book.events().values())).containsExactly(List.of("r1", "r2", "r3"));
  }

  @Test
  void arrivalOrderDoesNotChangeTheStories() {
    List<String> reversed =
        List.of("fire-a3", "match2", "fire-b2", "fire-a2", "match1", "fire-b1", "fire-a1");
    assertThat(sorted(cluster(reversed).events().values()))
        .containsExactly(
            List.of("fire-a1", "fire-a2", "fire-a3"),
            List.of("fire-b1", "fire-b2"),
            List.of("match1", "match2"));
  }

  @Test
  void theSameEventRetoldMonthsLaterIsAnotherStory() {
    StoryClusterer.Options d = StoryClusterer.Options.defaults();
    StoryClusterer.Options small =
        new StoryClusterer.Options(
            d.topicWeights(), 0, 0.1, 0.1, d.eventWeights(), 4, 2, 0.2, d.eventDays());
    // the third Brackton report dated five months after the first two: a new fire at the same
    // warehouse reads like the first one
    Map<String, LocalDate> dates =
        Map.of(
            "fire-a1", LocalDate.of(2026, 3, 3),
            "fire-a2", LocalDate.of(2026, 3, 5),
            "fire-a3", LocalDate.of(2026, 8, 14));
    List<String> order =
        List.of("fire-a1", "fire-b1", "match1", "fire-a2", "fire-b2", "match2", "fire-a3");
    StoryClusterer.Book book = new StoryClusterer(small).open();
    StoryClusterer.Book unlimited = new StoryClusterer(small.withEventDays(0)).open();
    for (String id : order) {
      book.add(
          new StoryClusterer.Item(id, features.terms(null, ARTICLES.get(id)), null, dates.get(id)));
      unlimited.add(
          new StoryClusterer.Item(id, features.terms(null, ARTICLES.get(id)), null, dates.get(id)));
    }
    assertThat(sorted(book.events().values()))
        .containsExactly(
            List.of("fire-a1", "fire-a2"),
            List.of("fire-a3"),
            List.of("fire-b1", "fire-b2"),
            List.of("match1", "match2"));
    // still one topic
    assertThat(book.placement("fire-a3").topic()).isEqualTo(book.placement("fire-a1").topic());
    // without the limit, one story
    assertThat(unlimited.placement("fire-a3").event())
        .isEqualTo(unlimited.placement("fire-a1").event());
  }

  @Test
  void rejectsTheSameArticleTwiceAndBadOptions() {
    StoryClusterer.Book book = cluster(List.of("match1"));
    assertThatThrownBy(
            () ->
                book.add(
                    new StoryClusterer.Item(
                        "match1", features.terms(null, ARTICLES.get("match1")), null)))
        .hasMessageContaining("match1");
    StoryClusterer.Options d = StoryClusterer.Options.defaults();
    assertThatThrownBy(
            () ->
                new StoryClusterer.Options(
                    d.topicWeights(), 1, 1.5, 0.2, d.eventWeights(), 4, 2, 0.2, 7))
        .hasMessageContaining("topicJoin");
    assertThatThrownBy(
            () ->
                new StoryClusterer.Options(
                    d.topicWeights(), 1, 0.2, 0.2, d.eventWeights(), 4, 6, 0.2, 7))
        .hasMessageContaining("eventShared");
    assertThatThrownBy(() -> d.withEventDays(-1)).hasMessageContaining("eventDays");
  }
}
