package dev.parallax.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the {@code parallax} command in-process, as a user would, and keeps what it printed. */
final class Cli {

  private Cli() {}

  /** What a command printed on standard output, and its exit status. */
  record Run(int status, String out) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int status;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      status = ParallaxCommand.run(args);
    } finally {
      System.setOut(saved);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8));
  }

  /** The demo corpus analysed into {@code db} (without embeddings, for speed). */
  static void analyzeDemo(java.nio.file.Path out, String db) {
    run(
        "analyze",
        DemoCorpusIT.DEMO.toString(),
        "--out",
        out.toString(),
        "--db",
        db,
        "--no-embeddings",
        "--no-progress");
  }
}
