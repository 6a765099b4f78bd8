package io.stepwise.store.sqlite;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionUpdate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@code executions} table: its rows to and from {@link ExecutionRecord}. */
final class ExecutionRows {
  static final String COLUMNS =
      "seq, arn, state_machine_arn, version_arn, alias_arn, revision_id, name, status, start_date,"
          + " stop_date,"
          + " input, output, error, cause, redrive_count, redrive_date, map_run_arn, test_case";

  private static final String INSERT =
      "INSERT INTO executions (arn, state_machine_arn, version_arn, alias_arn, revision_id, name,"
          + " status, start_date, stop_date, input, output, error, cause, redrive_count,"
          + " redrive_date, map_run_arn, test_case) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
          + " ON CONFLICT DO NOTHING RETURNING seq";
  private static final String UPDATE =
      "UPDATE executions SET status = ?, stop_date = ?, output = ?, error = ?, cause = ?,"
          + " redrive_count = ?, redrive_date = ? WHERE seq = ?";
  private static final String SAME_NAME =
      "SELECT "
          + COLUMNS
          + " FROM executions WHERE arn = ? OR (state_machine_arn = ? AND name = ?)";

  private ExecutionRows() {}

  static ExecutionRecord read(ResultSet row) throws SQLException {
    return new ExecutionRecord(
        row.getString("arn"),
        row.getString("state_machine_arn"),
        row.getString("version_arn"),
        row.getString("alias_arn"),
        row.getString("revision_id"),
        row.getString("name"),
        ExecutionStatus.valueOf(row.getString("status")),
        row.getLong("start_date"),
        Sql.getLong(row, "stop_date"),
        row.getString("input"),
        row.getString("output"),
        row.getString("error"),
        row.getString("cause"),
        row.getInt("redrive_count"),
        Sql.getLong(row, "redrive_date"),
        row.getString("map_run_arn"),
        row.getString("test_case"));
  }

  static Optional<ExecutionRecord> sameName(SqlSession session, ExecutionRecord execution)
      throws SQLException {
    PreparedStatement query = session.prepare(SAME_NAME);
    query.setString(1, execution.arn());
    query.setString(2, execution.stateMachineArn());
    query.setString(3, execution.name());
    try (ResultSet row = query.executeQuery()) {
      return row.next() ? Optional.of(read(row)) : Optional.empty();
    }
  }

  /**
   * Inserts a new row and returns its sequence number, the key of its history; empty, with nothing
   * inserted, when its ARN or its name under its machine is taken already.
   */
  static OptionalLong insertUnlessNameTaken(SqlSession session, ExecutionRecord e)
      throws SQLException {
    PreparedStatement insert = session.prepare(INSERT);
    insert.setString(1, e.arn());
    insert.setString(2, e.stateMachineArn());
    insert.setString(3, e.versionArn());
    insert.setString(4, e.aliasArn());
    insert.setString(5, e.revisionId());
    insert.setString(6, e.name());
    insert.setString(7, e.status().name());
    insert.setLong(8, e.startDate());
    Sql.setLong(insert, 9, e.stopDate());
    insert.setString(10, e.input());
    insert.setString(11, e.output());
    insert.setString(12, e.error());
    insert.setString(13, e.cause());
    insert.setInt(14, e.redriveCount());
    Sql.setLong(insert, 15, e.redriveDate());
    insert.setString(16, e.mapRunArn());
    insert.setString(17, e.testCase());
    try (ResultSet key = insert.executeQuery()) {
      return key.next() ? OptionalLong.of(key.getLong(1)) : OptionalLong.empty();
    }
  }

  static void update(SqlSession session, long seq, ExecutionUpdate u) throws SQLException {
    PreparedStatement update = session.prepare(UPDATE);
    update.setString(1, u.status().name());
    Sql.setLong(update, 2, u.stopDate());
    update.setString(3, u.output());
    update.setString(4, u.error());
    update.setString(5, u.cause());
    update.setInt(6, u.redriveCount());
    Sql.setLong(update, 7, u.redriveDate());
    update.setLong(8, seq);
    update.executeUpdate();
  }
}
