package io.stepwise.cli;

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

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every subcommand, ready to execute; tests capture its streams. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }
}
