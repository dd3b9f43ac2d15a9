package dev.parallax.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option every command that reads or writes the store takes. */
final class StoreOption {

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "The store: a SQLite file (default: ${DEFAULT-VALUE}) or a PostgreSQL JDBC URL"
              + " (jdbc:postgresql://host/db?user=…&password=…).")
  String db = DataDirectory.defaultDatabase().toString();
}
