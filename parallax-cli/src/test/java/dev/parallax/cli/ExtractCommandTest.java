package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

  @TempDir Path dir;

  @Test
  void jsonlGivesOneObjectPerDocumentWithStatusAndReason() throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        "Council backs tram line\n\nThe city council voted 31 to 12 on Thursday to build a tram line"
            + " linking the station to the university.\n\nRead More:\n\nBus fares rise again\n");
    Files.writeString(dir.resolve("b.txt"), "");
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new ParallaxCommand());
    cli.setOut(new PrintWriter(out));
    int code =
        cli.execute(
            "extract",
            "--jsonl",
            dir.resolve("a.txt").toString(),
            dir.resolve("b.txt").toString(),
            dir.resolve("missing.txt").toString());
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    JsonNode a = json.readTree(lines.get(0));
    assertThat(a.path("status").asText()).isEqualTo("ok");
    assertThat(a.path("title").asText()).isEqualTo("Council backs tram line");
    assertThat(a.path("text").asText()).doesNotContain("Bus fares");
    assertThat(a.path("removed").findValuesAsText("reason")).contains("related-links");
    assertThat(a.has("published") && a.has("language") && a.has("outlet")).isTrue();
    assertThat(json.readTree(lines.get(1)).path("status").asText()).isEqualTo("skipped");
    JsonNode missing = json.readTree(lines.get(2));
    assertThat(missing.path("status").asText()).isEqualTo("failed");
    assertThat(missing.path("reason").asText()).contains("no such file");
    assertThat(code).isEqualTo(1);
  }

  @Test
  void unknownOptionIsAUsageError() {
    CommandLine cli = new CommandLine(new ParallaxCommand());
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("analyze", "x", "--out", "y", "--frobnicate")).isEqualTo(2);
  }
}
