package io.stepwise.store.sqlite;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.store.CommitOutcome;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.HistoryOrder;
import io.stepwise.store.JournalEvent;
import io.stepwise.store.PendingTask;
import io.stepwise.store.StepCommit;
import io.stepwise.store.TimerRecord;
import io.stepwise.store.codec.HistoryCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Writes one {@link StepCommit} inside the committer's transaction. It runs on the committer thread
 * only, so its read-then-write checks (the execution's name, its last event) are atomic.
 */
final class CommitWriter {

  private CommitWriter() {}

  /**
   * A step's events encoded for their rows. Callers encode on their own thread, before they submit
   * the commit, so that the single writer thread only binds bytes.
   */
  record Encoded(StepCommit commit, List<byte[]> events, List<byte[]> journal) {
    static Encoded of(StepCommit commit) {
      List<byte[]> events = new ArrayList<>(commit.events().size());
      for (HistoryEvent event : commit.events()) {
        events.add(HistoryCodec.encode(event));
      }
      List<byte[]> journal = new ArrayList<>(commit.journal().size());
      for (JournalEvent entry : commit.journal()) {
        journal.add(HistoryCodec.encode(entry.event()));
      }
      return new Encoded(commit, events, journal);
    }
  }

  static CommitOutcome write(SqlSession session, Encoded encoded) throws SQLException {
    StepCommit commit = encoded.commit();
    long seq;
    if (commit.created() != null) {
      // The first step inserts the row as the step leaves it, so it needs no update of its own.
      ExecutionRecord row =
          commit.update() == null ? commit.created() : commit.created().with(commit.update());
      OptionalLong inserted = ExecutionRows.insertUnlessNameTaken(session, row);
      if (inserted.isEmpty()) {
        return new CommitOutcome.NameTaken(ExecutionRows.sameName(session, row).orElseThrow());
      }
      seq = inserted.getAsLong();
      HistoryOrder.requireContinues(commit.executionArn(), 0, commit.events());
    } else {
      seq = executionSeq(session, commit.executionArn());
      if (!commit.events().isEmpty()) {
        HistoryOrder.requireContinues(
            commit.executionArn(), lastEventId(session, seq), commit.events());
      }
      if (commit.update() != null) {
        ExecutionRows.update(session, seq, commit.update());
      }
    }
    appendEvents(session, seq, encoded);
    if (!commit.journal().isEmpty()) {
      appendJournal(session, seq, encoded);
    }
    writeTimers(session, commit);
    writeTasks(session, commit);
    return CommitOutcome.Committed.INSTANCE;
  }

  /** The execution's key, read from the index on its ARN without touching its (large) row. */
  private static long executionSeq(SqlSession session, String arn) throws SQLException {
    PreparedStatement query = session.prepare("SELECT seq FROM executions WHERE arn = ?");
    query.setString(1, arn);
    try (ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        throw new IllegalStateException("Expected execution " + arn + " to exist, but it does not");
      }
      return row.getLong(1);
    }
  }

  private static long lastEventId(SqlSession session, long seq) throws SQLException {
    PreparedStatement query =
        session.prepare(
            "SELECT event_id FROM history WHERE execution_seq = ? ORDER BY event_id DESC LIMIT 1");
    query.setLong(1, seq);
    try (ResultSet row = query.executeQuery()) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  private static void appendEvents(SqlSession session, long seq, Encoded encoded)
      throws SQLException {
    List<HistoryEvent> events = encoded.commit().events();
    if (events.isEmpty()) {
      return;
    }
    PreparedStatement insert =
        session.prepare("INSERT INTO history (execution_seq, event_id, body) VALUES (?,?,?)");
    for (int i = 0; i < events.size(); i++) {
      insert.setLong(1, seq);
      insert.setLong(2, events.get(i).id());
      insert.setBytes(3, encoded.events().get(i));
      insert.executeUpdate();
    }
  }

  private static void appendJournal(SqlSession session, long seq, Encoded encoded)
      throws SQLException {
    List<JournalEvent> entries = encoded.commit().journal();
    PreparedStatement last =
        session.prepare("SELECT COALESCE(MAX(position), 0) FROM journal WHERE execution_seq = ?");
    last.setLong(1, seq);
    long position;
    try (ResultSet row = last.executeQuery()) {
      row.next();
      position = row.getLong(1);
    }
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO journal (execution_seq, position, after_event_id, body) VALUES (?,?,?,?)");
    for (int i = 0; i < entries.size(); i++) {
      insert.setLong(1, seq);
      insert.setLong(2, ++position);
      insert.setLong(3, entries.get(i).afterEventId());
      insert.setBytes(4, encoded.journal().get(i));
      insert.executeUpdate();
    }
  }

  private static void writeTimers(SqlSession session, StepCommit commit) throws SQLException {
    String arn = commit.executionArn();
    PreparedStatement delete =
        session.prepare("DELETE FROM timers WHERE execution_arn = ? AND timer_id = ?");
    for (long id : commit.timersToRemove()) {
      delete.setString(1, arn);
      delete.setLong(2, id);
      delete.executeUpdate();
    }
    PreparedStatement insert =
        session.prepare(
            "INSERT OR REPLACE INTO timers (execution_arn, timer_id, due_time) VALUES (?,?,?)");
    for (TimerRecord timer : commit.timersToAdd()) {
      insert.setString(1, arn);
      insert.setLong(2, timer.timerId());
      insert.setLong(3, timer.dueTime());
      insert.executeUpdate();
    }
  }

  private static void writeTasks(SqlSession session, StepCommit commit) throws SQLException {
    PreparedStatement delete =
        session.prepare("DELETE FROM pending_tasks WHERE execution_arn = ? AND token = ?");
    for (long token : commit.tasksToRemove()) {
      deleteTask(delete, commit.executionArn(), token);
    }
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO pending_tasks (execution_arn, token, resource, parameters, task_token,"
                + " created_at) VALUES (?,?,?,?,?,?)");
    for (PendingTask task : commit.tasksToAdd()) {
      deleteTask(delete, task.executionArn(), task.token());
      insert.setString(1, task.executionArn());
      insert.setLong(2, task.token());
      insert.setString(3, task.resource());
      insert.setString(4, task.parameters());
      insert.setString(5, task.taskToken());
      insert.setLong(6, task.createdAt());
      insert.executeUpdate();
    }
  }

  private static void deleteTask(PreparedStatement delete, String arn, long token)
      throws SQLException {
    delete.setString(1, arn);
    delete.setLong(2, token);
    delete.executeUpdate();
  }
}
