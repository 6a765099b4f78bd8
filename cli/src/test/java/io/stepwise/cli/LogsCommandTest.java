package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.runtime.logs.LogGroupFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LogsCommandTest {
  private static final String GROUP = "/aws/vendedlogs/states/Orders";
  private static final String GROUP_ARN =
      "arn:aws:logs:us-east-1:123456789012:log-group:" + GROUP + ":*";
  private static final String FIRST = "arn:aws:states:us-east-1:123456789012:execution:Orders:a";
  private static final String SECOND = "arn:aws:states:us-east-1:123456789012:execution:Orders:b";

  @TempDir Path data;

  private static String line(String executionArn, int id, String type) {
    return ("{'id':'%d','type':'%s','details':{},'previous_event_id':'%d',"
            + "'event_timestamp':'1700000000000','execution_arn':'%s','redrive_count':'0'}")
        .formatted(id, type, id - 1, executionArn)
        .replace('\'', '"');
  }

  private Path groupFile() throws Exception {
    Path logs = Files.createDirectories(LogGroupFiles.directory(data));
    return LogGroupFiles.file(logs, GROUP);
  }

  private void append(String text) throws Exception {
    Files.writeString(groupFile(), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  @Test
  void printsEveryEventOfTheGroupNamedByItsArn() throws Exception {
    String lines =
        line(FIRST, 1, "ExecutionStarted") + "\n" + line(SECOND, 1, "ExecutionStarted") + "\n";
    append(lines);

    CommandLineRun run = CommandLineRun.of("logs", GROUP_ARN, "--data", data.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .containsExactly(line(FIRST, 1, "ExecutionStarted"), line(SECOND, 1, "ExecutionStarted"));
  }

  @Test
  void executionKeepsOnlyThatExecutionsEvents() throws Exception {
    append(
        line(FIRST, 1, "ExecutionStarted")
            + "\n"
            + line(SECOND, 1, "ExecutionStarted")
            + "\n"
            + line(FIRST, 2, "ExecutionSucceeded")
            + "\n");

    CommandLineRun run =
        CommandLineRun.of("logs", GROUP, "--data", data.toString(), "--execution", FIRST);

    assertThat(run.out().lines())
        .containsExactly(line(FIRST, 1, "ExecutionStarted"), line(FIRST, 2, "ExecutionSucceeded"));
  }

  @Test
  void aLineStillBeingWrittenIsNotPrinted() throws Exception {
    append(line(FIRST, 1, "ExecutionStarted") + "\n{\"id\":\"2\",");

    CommandLineRun run = CommandLineRun.of("logs", GROUP, "--data", data.toString());

    assertThat(run.out().lines()).containsExactly(line(FIRST, 1, "ExecutionStarted"));
  }

  @Test
  void aGroupWithoutEventsIsAClearError() {
    CommandLineRun run = CommandLineRun.of("logs", "Nothing", "--data", data.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.err()).contains("log group Nothing has no events in " + data);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void followPrintsEventsAsTheyAreWritten() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    Thread follower =
        Thread.ofPlatform()
            .start(() -> commandLine.execute("logs", GROUP, "--data", data.toString(), "-f"));

    append(line(FIRST, 1, "ExecutionStarted") + "\n");
    awaitOutput(out, line(FIRST, 1, "ExecutionStarted"));
    append(line(FIRST, 2, "ExecutionSucceeded") + "\n");
    awaitOutput(out, line(FIRST, 2, "ExecutionSucceeded"));
    follower.interrupt();
    follower.join(5_000);

    assertThat(out.toString().lines())
        .containsExactly(line(FIRST, 1, "ExecutionStarted"), line(FIRST, 2, "ExecutionSucceeded"));
  }

  private static void awaitOutput(StringWriter out, String line) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!out.toString().contains(line) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}
