package dev.parallax.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Parallax keeps its data by default: {@code $PARALLAX_HOME} when set, else the platform's
 * per-user data folder ({@code $XDG_DATA_HOME/parallax} or {@code ~/.local/share/parallax} on
 * Linux, {@code ~/Library/Application Support/Parallax} on macOS, {@code %LOCALAPPDATA%\Parallax}
 * on Windows).
 */
final class DataDirectory {

  private DataDirectory() {}

  static Path resolve() {
    String home = System.getenv("PARALLAX_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String user = System.getProperty("user.home");
    if (os.contains("win")) {
      String local = System.getenv("LOCALAPPDATA");
      return Path.of(local != null ? local : user, "Parallax");
    }
    if (os.contains("mac")) {
      return Path.of(user, "Library", "Application Support", "Parallax");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return xdg != null && !xdg.isBlank()
        ? Path.of(xdg, "parallax")
        : Path.of(user, ".local", "share", "parallax");
  }

  static Path defaultDatabase() {
    return resolve().resolve("parallax.db");
  }
}
