package dev.parallax.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the evaluation data lives: {@code ../shared/data} beside the checkout, or the folder named
 * by the system property {@code parallax.shared}. The data is other people's; it is read from there
 * and never copied into the project.
 */
public final class SharedData {

  private SharedData() {}

  /** The {@code shared} folder, which may not exist. */
  public static Path root() {
    String configured = System.getProperty("parallax.shared");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("data"))) {
        return candidate;
      }
    }
    return here.resolveSibling("shared");
  }

  /** A dataset folder under {@code shared/data}. */
  public static Path dataset(String name) {
    return root().resolve("data").resolve(name);
  }
}
