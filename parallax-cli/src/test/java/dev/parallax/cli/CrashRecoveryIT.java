package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL part-way through, then started again, ends with every document stored
 * exactly once: nothing lost, nothing doubled. Re-running a finished corpus changes nothing.
 */
class CrashRecoveryIT {

  private static final int DOCUMENTS = 1500;
  private static final String[] WORDS = {
    "council", "river", "minister", "harbour", "strike", "vote", "engineers", "village", "school",
    "union", "police", "bridge", "budget", "storm", "court", "station", "market", "doctors"
  };

  @TempDir Path dir;

  @Test
  void killedRunResumesWithNothingLostOrDoubled() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < DOCUMENTS; i++) {
      StringBuilder text = new StringBuilder("Report number " + i + "\n\n");
      for (int s = 0; s < 6; s++) {
        text.append("The ");
        for (int w = 0; w < 12; w++) {
          text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        text.append("said officials in town ").append(i).append(".\n\n");
      }
      Files.writeString(corpus.resolve(String.format("doc-%05d.txt", i)), text);
    }
    Path db = dir.resolve("p.db");

    Process first = start(corpus, db);
    long storedAtKill = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && first.isAlive()) {
      storedAtKill = countIfExists(db);
      if (storedAtKill >= 200) {
        break;
      }
      Thread.sleep(20);
    }
    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    storedAtKill = countIfExists(db);
    assertThat(storedAtKill)
        .as(
            "killed part-way through; the first run wrote: %s",
            Files.readString(dir.resolve("first.log")))
        .isBetween(1L, (long) DOCUMENTS - 1);

    Process second = start(corpus, db);
    assertThat(second.waitFor(600, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).isZero();
    try (Store store = Store.openSqlite(db)) {
      assertThat(store.count("documents")).isEqualTo(DOCUMENTS);
      assertThat(store.count("articles")).isEqualTo(DOCUMENTS);
    }
    String summary = Files.readString(dir.resolve("second.log"));
    assertThat(summary).contains(DOCUMENTS + " documents: " + DOCUMENTS + " ok");

    Process third = start(corpus, db);
    assertThat(third.waitFor(600, TimeUnit.SECONDS)).isTrue();
    try (Store store = Store.openSqlite(db)) {
      assertThat(store.count("documents")).isEqualTo(DOCUMENTS);
      assertThat(store.count("articles")).isEqualTo(DOCUMENTS);
    }
    assertThat(Files.readString(dir.resolve("third.log")))
        .contains("(" + DOCUMENTS + " already in the store)");
  }

  private int runs;

  private Process start(Path corpus, Path db) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String log =
        switch (runs++) {
          case 0 -> "first.log";
          case 1 -> "second.log";
          default -> "third.log";
        };
    return new ProcessBuilder(
            List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                ParallaxCommand.class.getName(),
                "analyze",
                corpus.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--db",
                db.toString(),
                "--no-progress"))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(log).toFile())
        .start();
  }

  private static long countIfExists(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Store store = Store.openSqlite(db)) {
      return store.count("documents");
    } catch (Exception e) {
      return 0; // the schema may not exist yet while the first run starts
    }
  }
}
