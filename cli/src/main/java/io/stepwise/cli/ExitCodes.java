package io.stepwise.cli;

/** The exit codes of every subcommand, and the lines that {@code --help} shows for them. */
final class ExitCodes {
  /** The execution succeeded, or the definition is valid. */
  static final int SUCCESS = 0;

  /** The execution failed, timed out or was aborted; or {@code validate} found problems. */
  static final int NOT_SUCCEEDED = 1;

  /**
   * Nothing ran: the definition is invalid, the input is not JSON, or the command line is wrong
   * (picocli's own code for usage errors is the same).
   */
  static final int NOT_STARTED = 2;

  /** A file named on the command line could not be read. */
  static final int UNREADABLE = 3;

  static final String LIST_SUCCESS = "0:the execution succeeded, or the definition is valid";
  static final String LIST_NOT_SUCCEEDED =
      "1:the execution failed, timed out or was aborted; or validate found problems";
  static final String LIST_NOT_STARTED =
      "2:nothing ran: invalid definition (its diagnostics are printed), input that is not JSON,"
          + " or a wrong command line";
  static final String LIST_UNREADABLE = "3:a file could not be read";

  private ExitCodes() {}
}
