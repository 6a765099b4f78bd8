package io.stepwise.cli;

import io.stepwise.runtime.logs.LogGroupFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise logs LOG_GROUP}: prints the log events that executions wrote to a log group, one
 * JSON line each, as CloudWatch Logs keeps them.
 */
@Command(
    name = "logs",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the execution log events of a log group, one JSON object per line, as AWS Step"
          + " Functions writes them to CloudWatch Logs.",
      "Executions log when their state machine has a loggingConfiguration (see docs/logging.md)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the events were printed",
      "3:the log group has no events in the data directory, or they could not be read"
    })
final class LogsCommand implements Callable<Integer> {
  private static final long FOLLOW_INTERVAL_MS = 200;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "LOG_GROUP",
      description =
          "The log group's name or ARN, as in the loggingConfiguration"
              + " (arn:aws:logs:REGION:ACCOUNT:log-group:NAME:*).")
  private String logGroup;

  @Option(
      names = "--data",
      defaultValue = ".stepwise",
      paramLabel = "DIR",
      description = "The server's data directory (default ./${DEFAULT-VALUE}).")
  private Path data;

  @Option(
      names = "--execution",
      paramLabel = "ARN",
      description = "Print only the events of this execution.")
  private String execution;

  @Option(
      names = {"-f", "--follow"},
      description = "Keep printing new events as executions log them, until interrupted.")
  private boolean follow;

  @Override
  public Integer call() {
    Path file = LogGroupFiles.file(LogGroupFiles.directory(data), logGroup);
    PrintWriter out = spec.commandLine().getOut();
    LogTail tail = new LogTail(file, execution);
    try {
      if (!follow && !tail.exists()) {
        spec.commandLine().getErr().println(noEvents(file));
        return ExitCodes.UNREADABLE;
      }
      tail.printNew(out);
      while (follow) {
        Thread.sleep(FOLLOW_INTERVAL_MS);
        tail.printNew(out);
      }
      return ExitCodes.SUCCESS;
    } catch (IOException e) {
      spec.commandLine().getErr().println("stepwise: could not read " + file + ": " + e);
      return ExitCodes.UNREADABLE;
    } catch (InterruptedException stopped) {
      // --follow ends when its thread is interrupted; what was printed stands.
      Thread.currentThread().interrupt();
      return ExitCodes.SUCCESS;
    }
  }

  private String noEvents(Path file) {
    return "stepwise: log group %s has no events in %s (expected %s)"
        .formatted(LogGroupFiles.groupName(logGroup), data, file);
  }
}
