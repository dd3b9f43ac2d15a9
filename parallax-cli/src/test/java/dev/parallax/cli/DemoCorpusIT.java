package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code parallax analyze} on the bundled demo corpus, as the README tells a user to, and
 * checks every document against {@code examples/demo-expectations.json}.
 */
class DemoCorpusIT {

  static final Path DEMO = Path.of("..", "examples", "demo").toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  void analyzeMeetsTheDemoExpectations() throws Exception {
    Path out = dir.resolve("out");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int code;
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      code =
          ParallaxCommand.run(
              "analyze",
              DEMO.toString(),
              "--out",
              out.toString(),
              "--db",
              dir.resolve("p.db").toString());
    } finally {
      System.setOut(saved);
    }
    String summary = stdout.toString(StandardCharsets.UTF_8);
    assertThat(code).as(summary).isEqualTo(1); // the demo holds one truncated download
    assertThat(summary).contains("21 documents: 17 ok, 3 skipped, 1 failed");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("Orlov valley spends the night in shelters");

    JsonNode analysis = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
    Map<String, JsonNode> docs = new HashMap<>();
    analysis
        .path("documents")
        .forEach(
            d ->
                docs.put(
                    DEMO.relativize(Path.of(d.path("source").asText()).toAbsolutePath().normalize())
                        .toString(),
                    d));
    Map<String, JsonNode> articles = new HashMap<>();
    analysis.path("articles").forEach(a -> articles.put(a.path("id").asText(), a));

    JsonNode expected =
        new ObjectMapper()
            .readTree(DEMO.resolveSibling("demo-expectations.json").toFile())
            .path("documents");
    SoftAssertions soft = new SoftAssertions();
    for (Map.Entry<String, JsonNode> e : expected.properties()) {
      String name = e.getKey();
      JsonNode want = e.getValue();
      JsonNode doc = docs.get(name);
      soft.assertThat(doc).as(name + " is in the output").isNotNull();
      if (doc == null) {
        continue;
      }
      soft.assertThat(doc.path("status").asText())
          .as(name + " status")
          .isEqualTo(want.path("status").asText());
      if (want.has("reason")) {
        soft.assertThat(doc.path("reason").asText())
            .as(name + " reason")
            .contains(want.path("reason").asText());
      }
      JsonNode a = articles.get(doc.path("article").asText());
      if (!"ok".equals(want.path("status").asText()) || a == null) {
        continue;
      }
      String text = a.path("text").asText();
      for (String field : new String[] {"title", "outlet", "language", "byline", "duplicateKind"}) {
        if (want.has(field)) {
          soft.assertThat(a.path(field).asText())
              .as(name + " " + field)
              .isEqualTo(want.path(field).asText());
        }
      }
      if (want.has("published")) {
        soft.assertThat(a.path("published").asText())
            .as(name + " published")
            .startsWith(want.path("published").asText());
      }
      want.path("with")
          .forEach(w -> soft.assertThat(text).as(name + " must contain").contains(w.asText()));
      want.path("without")
          .forEach(
              w -> soft.assertThat(text).as(name + " must not contain").doesNotContain(w.asText()));
      want.path("removedReasons")
          .forEach(
              r ->
                  soft.assertThat(a.path("removed").findValuesAsText("reason"))
                      .as(name + " removed reasons")
                      .contains(r.asText()));
      want.path("occurrences")
          .fields()
          .forEachRemaining(
              o ->
                  soft.assertThat(
                          text.split(java.util.regex.Pattern.quote(o.getKey()), -1).length - 1)
                      .as(name + " occurrences of " + o.getKey())
                      .isEqualTo(o.getValue().asInt()));
      if (want.has("issue")) {
        soft.assertThat(a.path("issues").toString())
            .as(name + " issues")
            .contains(want.path("issue").asText());
      }
    }
    // stories: each expected group is one story, and the groups are different stories
    Map<String, String> storyOf = new HashMap<>();
    analysis
        .path("stories")
        .forEach(
            st ->
                st.path("articles").forEach(a -> storyOf.put(a.asText(), st.path("id").asText())));
    java.util.Set<String> groupStories = new java.util.HashSet<>();
    JsonNode together =
        new ObjectMapper()
            .readTree(DEMO.resolveSibling("demo-expectations.json").toFile())
            .path("stories")
            .path("together");
    for (JsonNode group : together) {
      java.util.Set<String> ids = new java.util.HashSet<>();
      group.forEach(name -> ids.add(storyOf.get(docs.get(name.asText()).path("article").asText())));
      soft.assertThat(ids).as("one story for " + group).hasSize(1).doesNotContainNull();
      groupStories.addAll(ids);
    }
    soft.assertThat(groupStories).as("different stories").hasSize(together.size());

    // cross-checking: verdict kinds, the flagged reports, the planted contradictions
    JsonNode expectFindings =
        new ObjectMapper()
            .readTree(DEMO.resolveSibling("demo-expectations.json").toFile())
            .path("findings");
    java.util.Set<String> verdicts = new java.util.HashSet<>();
    analysis.path("findings").forEach(f -> verdicts.add(f.path("verdict").asText()));
    expectFindings
        .path("verdicts")
        .forEach(v -> soft.assertThat(verdicts).as("verdict kinds").contains(v.asText()));
    java.util.Set<String> flagged = new java.util.HashSet<>();
    analysis
        .path("standings")
        .forEach(
            st -> {
              if (st.path("flagged").asBoolean()) {
                flagged.add(st.path("article").asText());
                soft.assertThat(st.path("reasons")).as("reasons of a flagged article").isNotEmpty();
              }
            });
    java.util.Set<String> wantFlagged = new java.util.HashSet<>();
    expectFindings
        .path("flagged")
        .forEach(n -> wantFlagged.add(docs.get(n.asText()).path("article").asText()));
    soft.assertThat(flagged).as("flagged articles").isEqualTo(wantFlagged);
    for (JsonNode want : expectFindings.path("contradicted")) {
      boolean found = false;
      for (JsonNode f : analysis.path("findings")) {
        found |=
            f.path("verdict").asText().equals("contradicted")
                && f.path("kind").asText().equals(want.path("kind").asText())
                && f.path("subject").asText().contains(want.path("subject").asText());
      }
      soft.assertThat(found).as("contradiction found: " + want).isTrue();
    }

    // people across spellings: one minister in three spellings, not merged with the lawmaker
    // who shares his first name; roles as each report states them
    JsonNode minister = null;
    JsonNode lawmaker = null;
    for (JsonNode e : analysis.path("entities")) {
      String all = e.path("variants").toString();
      if (all.contains("Oleksandr Hrytsenko")) {
        minister = e;
      }
      if (all.contains("Oleksandr Pavlenko")) {
        lawmaker = e;
      }
    }
    soft.assertThat(minister).as("the minister is an entity").isNotNull();
    if (minister != null) {
      soft.assertThat(minister.path("variants").toString())
          .contains("Aleksandr Gritsenko")
          .doesNotContain("Pavlenko");
      soft.assertThat(minister.path("roles").findValuesAsText("role"))
          .contains("Interior Minister", "Defence Minister");
    }
    soft.assertThat(lawmaker)
        .as("the lawmaker is a separate entity")
        .isNotNull()
        .isNotSameAs(minister);
    soft.assertThat(analysis.path("quotes").findValuesAsText("speakerName"))
        .contains("Mara Quist", "Daniel Okafor", "Oleksandr Pavlenko");
    soft.assertAll();
  }
}
