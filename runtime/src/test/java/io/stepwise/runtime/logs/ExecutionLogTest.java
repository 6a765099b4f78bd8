package io.stepwise.runtime.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXECUTION =
      "arn:aws:states:us-east-1:123456789012:execution:Orders:order-1";

  @TempDir Path logs;

  private static HistoryEvent event(long id, HistoryEventType type, EventDetails details) {
    return new HistoryEvent(id, id - 1, 1_000 + id, type, details, 0);
  }

  private static final List<HistoryEvent> HISTORY =
      List.of(
          event(
              1,
              HistoryEventType.EXECUTION_STARTED,
              new EventDetails.ExecutionStarted(JSON.createObjectNode(), "role")),
          event(
              2,
              HistoryEventType.PASS_STATE_ENTERED,
              new EventDetails.StateEntered("A", JSON.createObjectNode())),
          event(
              3,
              HistoryEventType.PASS_STATE_EXITED,
              new EventDetails.StateExited("A", JSON.createObjectNode(), null)),
          event(
              4,
              HistoryEventType.EXECUTION_SUCCEEDED,
              new EventDetails.ExecutionSucceeded(JSON.createObjectNode())));

  private List<String> loggedIds() throws Exception {
    Path file = LogGroupFiles.file(logs, "Orders");
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream().map(line -> readId(line)).toList();
  }

  private static String readId(String line) {
    try {
      return JSON.readTree(line).get("id").asText();
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }

  private ExecutionLog log(LogFileWriter writer, LogLevel level) {
    return new ExecutionLog(new LoggingSettings(level, true, "Orders"), EXECUTION, 0, true, writer);
  }

  @Test
  void eachCommittedStepIsAppendedToItsGroupsFile() throws Exception {
    try (LogFileWriter writer = LogFileWriter.open(logs)) {
      ExecutionLog log = log(writer, LogLevel.ALL);
      log.committed(HISTORY.subList(0, 2), false);
      log.committed(HISTORY.subList(2, 4), true);
      writer.flush();

      assertThat(loggedIds()).containsExactly("1", "2", "3", "4");
    }
  }

  @Test
  void aRestoredExecutionLogsAgainOnlyWhatFollowsItsWrittenLines() throws Exception {
    try (LogFileWriter writer = LogFileWriter.open(logs)) {
      log(writer, LogLevel.ALL).committed(HISTORY.subList(0, 2), false);
    }
    // The process stopped after events 3 and 4 were committed, before they were logged.
    try (LogFileWriter writer = LogFileWriter.open(logs)) {
      assertThat(writer.loggedThrough(EXECUTION)).isEqualTo(2);
      log(writer, LogLevel.ALL).recover(HISTORY);
      writer.flush();
    }

    assertThat(loggedIds()).containsExactly("1", "2", "3", "4");
  }

  @Test
  void anEndedExecutionLeavesNoPosition() throws Exception {
    try (LogFileWriter writer = LogFileWriter.open(logs)) {
      log(writer, LogLevel.ALL).committed(HISTORY, true);
    }
    try (LogFileWriter writer = LogFileWriter.open(logs)) {
      assertThat(writer.loggedThrough(EXECUTION)).isZero();
    }
  }

  @Test
  void aLevelThatLogsNoneOfTheEventsWritesNothing() throws Exception {
    try (LogFileWriter writer = LogFileWriter.open(logs)) {
      log(writer, LogLevel.ERROR).committed(HISTORY, true);
      writer.flush();
    }

    assertThat(loggedIds()).isEmpty();
  }
}
