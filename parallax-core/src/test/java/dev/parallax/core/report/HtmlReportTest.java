package dev.parallax.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.api.Article;
import dev.parallax.api.Extraction;
import dev.parallax.api.Removed;
import dev.parallax.api.Status;
import dev.parallax.core.crosscheck.CrossChecker;
import dev.parallax.core.pipeline.DocumentOutcome;
import dev.parallax.core.pipeline.RunFindings;
import dev.parallax.core.pipeline.RunResult;
import dev.parallax.core.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  @TempDir Path dir;

  @Test
  void anUntitledArticleIsNamedByItsFileNotItsId() {
    Article untitled =
        new Article(
            "4c172e7b",
            "/in/003_harbor.txt",
            "h",
            null,
            null,
            null,
            null,
            "eng",
            "Text.",
            List.of(),
            List.of());
    assertThat(HtmlReport.label(untitled, untitled.id())).isEqualTo("003_harbor.txt");
    Article titled =
        new Article(
            "x2",
            "/in/004.txt",
            "h",
            null,
            "Port reopens",
            null,
            null,
            "eng",
            "Text.",
            List.of(),
            List.of());
    assertThat(HtmlReport.label(titled, titled.id())).isEqualTo("Port reopens");
    assertThat(HtmlReport.label(null, "x3")).isEqualTo("x3");
  }

  @Test
  void hostileTextIsShownNotRun() throws Exception {
    Article a =
        new Article(
            "x1",
            "evil.html",
            "h",
            "<b>Outlet</b>",
            "<script>alert(1)</script>",
            null,
            null,
            "eng",
            "Body with <img src=x onerror=alert(2)> inside.",
            List.of(new Removed("<iframe src=//evil>", Removed.BOILERPLATE)),
            List.of());
    try (Store store = Store.openSqlite(dir.resolve("p.db"))) {
      store.saveDocument("s", Extraction.ok(a));
      RunResult run =
          new RunResult(
              List.of(
                  new DocumentOutcome("evil.html", Status.OK, null, "x1", false),
                  new DocumentOutcome("bad\"<x>.gz", Status.FAILED, "corrupt <gzip>", null, false)),
              Map.of());
      // a story page whose fact, value and explanation come from the hostile article
      dev.parallax.api.Story story =
          new dev.parallax.api.Story(
              "s1", "t1", "<svg onload=alert(3)>", List.of("x1"), List.of(), null, null);
      dev.parallax.api.Finding.Evidence said =
          new dev.parallax.api.Finding.Evidence(
              "x1", "c1", "<b>Outlet</b>", "<img src=y>", "Body", 0, 4, 1, true, false);
      dev.parallax.api.Finding finding =
          new dev.parallax.api.Finding(
              "f1",
              "s1",
              "quantity",
              "<script>alert(4)</script>",
              "contradicted",
              "<iframe src=//x>",
              2,
              List.of(said, said));
      CrossChecker.Result check =
          new CrossChecker.Result(
              List.of(finding),
              Map.of(
                  "x1",
                  new dev.parallax.api.Standing(
                      "x1", List.of("f1"), true, List.of("<script>alert(5)</script>"))));
      Path html = dir.resolve("report.html");
      HtmlReport.write(html, run, store, List.of(), RunFindings.empty(), List.of(story), check);
      String page = Files.readString(html);
      assertThat(page)
          .doesNotContain("<script>", "<img src=x", "<img src=y", "<iframe", "<b>Outlet", "<svg");
      assertThat(page).contains("id=\"page-s1\"", "Flagged:", "&lt;script&gt;alert(5)");
      assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "corrupt &lt;gzip&gt;");
      assertThat(page).contains("default-src 'none'");

      Path json = dir.resolve("analysis.json");
      AnalysisJson.write(
          json, run, store, List.of(), RunFindings.empty(), List.of(), CrossChecker.Result.empty());
      JsonNode root = new ObjectMapper().readTree(json.toFile());
      assertThat(root.path("articles").get(0).path("title").asText())
          .isEqualTo("<script>alert(1)</script>");
      assertThat(root.path("documents").get(1).path("status").asText()).isEqualTo("failed");
      assertThat(root.path("findings").isArray()).isTrue();
    }
  }
}
