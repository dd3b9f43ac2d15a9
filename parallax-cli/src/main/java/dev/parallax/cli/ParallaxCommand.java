package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: subcommands for each job. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Turns a pile of raw news reports into a checked picture of what happened.",
      "",
      "Exit codes: 0 all documents processed or skipped; 1 some document failed;",
      "2 bad command line; 3 the run itself could not proceed (e.g. store unusable)."
    },
    subcommands = {
      AnalyzeCommand.class,
      ExtractCommand.class,
      ServeCommand.class,
      FollowCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ParallaxCommand {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code; used by tests too. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new ParallaxCommand());
    cli.setExecutionExceptionHandler(
        (e, cmd, parse) -> {
          cmd.getErr().println("parallax: " + e.getMessage());
          return 3;
        });
    return cli.execute(args);
  }
}
