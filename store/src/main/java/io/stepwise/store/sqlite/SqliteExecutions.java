package io.stepwise.store.sqlite;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.store.CommitOutcome;
import io.stepwise.store.ExecutionQuery;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import io.stepwise.store.JournalEvent;
import io.stepwise.store.Page;
import io.stepwise.store.PendingTask;
import io.stepwise.store.StepCommit;
import io.stepwise.store.TimerRecord;
import io.stepwise.store.codec.HistoryCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/** Executions in SQLite: commits go through the group committer, reads through the pool. */
final class SqliteExecutions implements ExecutionStore {
  private static final String HISTORY =
      "SELECT h.body FROM history h JOIN executions e ON h.execution_seq = e.seq WHERE e.arn = ?";
  private static final String TASK_COLUMNS =
      "SELECT execution_arn, token, resource, parameters, task_token, created_at FROM pending_tasks";
  private static final String TIMER_COLUMNS =
      "SELECT execution_arn, timer_id, due_time FROM timers";

  private final GroupCommitter committer;
  private final ReadConnections readers;

  SqliteExecutions(GroupCommitter committer, ReadConnections readers) {
    this.committer = committer;
    this.readers = readers;
  }

  @Override
  public CompletableFuture<CommitOutcome> commit(StepCommit commit) {
    CommitWriter.Encoded encoded = CommitWriter.Encoded.of(commit);
    return committer.submit(session -> CommitWriter.write(session, encoded));
  }

  @Override
  public Optional<ExecutionRecord> execution(String executionArn) {
    return readers.read(
        session -> {
          PreparedStatement query =
              session.prepare("SELECT " + ExecutionRows.COLUMNS + " FROM executions WHERE arn = ?");
          query.setString(1, executionArn);
          try (ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(ExecutionRows.read(row)) : Optional.empty();
          }
        });
  }

  @Override
  public Page<ExecutionRecord> executions(ExecutionQuery query) {
    return readers.read(session -> ExecutionListing.page(session, query));
  }

  @Override
  public Map<ExecutionStatus, Long> countExecutions(String stateMachineArn) {
    return readers.read(
        session -> {
          PreparedStatement query =
              session.prepare(
                  "SELECT status, COUNT(*) FROM executions WHERE state_machine_arn = ?"
                      + " GROUP BY status");
          query.setString(1, stateMachineArn);
          Map<ExecutionStatus, Long> counts = new EnumMap<>(ExecutionStatus.class);
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              counts.put(ExecutionStatus.valueOf(rows.getString(1)), rows.getLong(2));
            }
          }
          return counts;
        });
  }

  @Override
  public List<HistoryEvent> history(String executionArn) {
    return readers.read(
        session -> {
          PreparedStatement query = session.prepare(HISTORY + " ORDER BY h.event_id");
          query.setString(1, executionArn);
          return events(query);
        });
  }

  @Override
  public List<JournalEvent> journal(String executionArn) {
    return readers.read(
        session ->
            Statements.all(
                session,
                "SELECT j.after_event_id, j.body FROM journal j JOIN executions e"
                    + " ON j.execution_seq = e.seq WHERE e.arn = ? ORDER BY j.position",
                executionArn,
                row -> new JournalEvent(row.getLong(1), HistoryCodec.decode(row.getBytes(2)))));
  }

  @Override
  public List<HistoryEvent> history(String executionArn, long fromId, int limit, boolean reverse) {
    String sql =
        reverse
            ? HISTORY + " AND h.event_id <= ? ORDER BY h.event_id DESC LIMIT ?"
            : HISTORY + " AND h.event_id >= ? ORDER BY h.event_id LIMIT ?";
    return readers.read(
        session -> {
          PreparedStatement query = session.prepare(sql);
          query.setString(1, executionArn);
          query.setLong(2, fromId);
          query.setInt(3, limit);
          return events(query);
        });
  }

  private static List<HistoryEvent> events(PreparedStatement query) throws SQLException {
    List<HistoryEvent> events = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        events.add(HistoryCodec.decode(rows.getBytes(1)));
      }
    }
    return events;
  }

  @Override
  public List<TimerRecord> dueTimers(long now, int limit) {
    return readers.read(
        session -> {
          PreparedStatement query =
              session.prepare(
                  TIMER_COLUMNS
                      + " WHERE due_time <= ? ORDER BY due_time, execution_arn, timer_id LIMIT ?");
          query.setLong(1, now);
          query.setInt(2, limit);
          return timers(query);
        });
  }

  @Override
  public OptionalLong nextTimerDue() {
    return readers.read(
        session -> {
          try (ResultSet row = session.prepare("SELECT min(due_time) FROM timers").executeQuery()) {
            row.next();
            long due = row.getLong(1);
            return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(due);
          }
        });
  }

  @Override
  public List<TimerRecord> timers(String executionArn) {
    return readers.read(
        session -> {
          PreparedStatement query =
              session.prepare(
                  TIMER_COLUMNS + " WHERE execution_arn = ? ORDER BY due_time, timer_id");
          query.setString(1, executionArn);
          return timers(query);
        });
  }

  private static List<TimerRecord> timers(PreparedStatement query) throws SQLException {
    List<TimerRecord> timers = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        timers.add(new TimerRecord(rows.getString(1), rows.getLong(2), rows.getLong(3)));
      }
    }
    return timers;
  }

  @Override
  public List<PendingTask> pendingTasks() {
    return readers.read(
        session ->
            tasks(session.prepare(TASK_COLUMNS + " ORDER BY created_at, execution_arn, token")));
  }

  @Override
  public List<PendingTask> pendingTasks(String executionArn) {
    return readers.read(
        session -> {
          PreparedStatement query =
              session.prepare(TASK_COLUMNS + " WHERE execution_arn = ? ORDER BY token");
          query.setString(1, executionArn);
          return tasks(query);
        });
  }

  @Override
  public Optional<PendingTask> taskByToken(String taskToken) {
    return readers.read(
        session -> {
          PreparedStatement query = session.prepare(TASK_COLUMNS + " WHERE task_token = ?");
          query.setString(1, taskToken);
          return tasks(query).stream().findFirst();
        });
  }

  private static List<PendingTask> tasks(PreparedStatement query) throws SQLException {
    List<PendingTask> tasks = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        tasks.add(
            new PendingTask(
                rows.getString(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getLong(6)));
      }
    }
    return tasks;
  }
}
