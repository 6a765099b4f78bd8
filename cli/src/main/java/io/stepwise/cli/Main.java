package io.stepwise.cli;

import io.stepwise.server.StepwiseNode;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stepwise} command: its subcommands do the work, one class each. */
@Command(
    name = "stepwise",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs AWS Step Functions state machines on your machine.",
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      ServerCommand.class,
      LogsCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.LIST_SUCCESS,
      ExitCodes.LIST_NOT_SUCCEEDED,
      ExitCodes.LIST_NOT_STARTED,
      ExitCodes.LIST_UNREADABLE
    })
public final class Main {

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    // Overlaps the server's set-up that needs no options with parsing them.
    Optional<Thread> preparation =
        args.length > 0 && args[0].equals("server")
            ? Optional.of(StepwiseNode.prepareInBackground())
            : Optional.empty();
    int exitCode = commandLine().execute(args);
    if (preparation.isPresent()) {
      // A JVM that writes its class-data archive as it exits (the launcher's first run of a
      // command) crashed when another thread was still loading classes (JDK 25.0.3): a server
      // that stops at once, on a bad option, lets the preparation end first.
      preparation.get().join();
    }
    System.exit(exitCode);
  }

  /** The command line with every subcommand, ready to execute; tests capture its streams. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }
}
