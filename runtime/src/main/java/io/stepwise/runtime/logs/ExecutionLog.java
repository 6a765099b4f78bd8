package io.stepwise.runtime.logs;

import io.stepwise.engine.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The log of one execution: the events of each committed step that its level logs, handed to the
 * writer. A step's commit comes first; its log lines follow, asynchronously.
 */
public final class ExecutionLog {
  /** The log of an execution that logs nothing. */
  public static final ExecutionLog OFF = new ExecutionLog(LoggingSettings.OFF, "", 0, false, null);

  private final LoggingSettings settings;
  private final String executionArn;
  private final int redriveCount;
  private final boolean durable;
  private final LogFileWriter writer;

  ExecutionLog(
      LoggingSettings settings,
      String executionArn,
      int redriveCount,
      boolean durable,
      LogFileWriter writer) {
    this.settings = settings;
    this.executionArn = executionArn;
    this.redriveCount = redriveCount;
    this.durable = durable;
    this.writer = writer;
  }

  /**
   * Hands the events of a committed step that the level logs to the writer, which formats and
   * writes them; {@code ended} when the step ended the execution.
   */
  public void committed(List<HistoryEvent> events, boolean ended) {
    if (writer == null || (events.isEmpty() && !ended)) {
      return;
    }
    List<HistoryEvent> logged = new ArrayList<>();
    for (HistoryEvent event : events) {
      if (settings.level().logs(event.type())) {
        logged.add(event);
      }
    }
    if (!logged.isEmpty() || ended) {
      long lastId = events.isEmpty() ? 0 : events.getLast().id();
      writer.submit(
          new LogFileWriter.Entry(
              settings, executionArn, redriveCount, logged, lastId, durable, ended));
    }
  }

  /**
   * Logs again the committed events of a restored execution that may not have reached the log
   * before a crash: those after the last one whose lines were written.
   */
  public void recover(List<HistoryEvent> history) {
    if (writer == null) {
      return;
    }
    long through = writer.loggedThrough(executionArn);
    committed(history.stream().filter(event -> event.id() > through).toList(), false);
  }
}
