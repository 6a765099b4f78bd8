package io.stepwise.store.sqlite;

import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StateMachineStatus;
import io.stepwise.store.StateMachineType;
import io.stepwise.store.VersionRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@code state_machines} and {@code versions} tables. A version row repeats the machine's
 * columns as they were when it was published, so both read a {@link StateMachineRecord} the same
 * way.
 */
final class MachineRows {
  static final String COLUMNS =
      "name, type, definition, role_arn, logging_configuration, tracing_enabled,"
          + " encryption_configuration, description, creation_date, revision_id, status";
  static final String INSERT =
      "INSERT INTO state_machines (arn, "
          + COLUMNS
          + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (arn) DO NOTHING";
  static final String UPDATE =
      "UPDATE state_machines SET arn = ?, name = ?, type = ?, definition = ?, role_arn = ?,"
          + " logging_configuration = ?, tracing_enabled = ?, encryption_configuration = ?,"
          + " description = ?, creation_date = ?, revision_id = ?, status = ? WHERE arn = ?";
  static final String PUBLISH =
      "INSERT INTO versions (arn, number, version_description, version_creation_date,"
          + " state_machine_arn, "
          + COLUMNS
          + ") SELECT arn || ':' || last_version, last_version, ?, ?, arn, "
          + COLUMNS
          + " FROM state_machines WHERE arn = ?";
  static final String VERSION_COLUMNS =
      "seq, arn, number, version_description, version_creation_date, state_machine_arn, " + COLUMNS;

  private MachineRows() {}

  /** Binds the machine's arn and columns as parameters 1 to 12. */
  static void bind(PreparedStatement statement, StateMachineRecord m) throws SQLException {
    statement.setString(1, m.arn());
    statement.setString(2, m.name());
    statement.setString(3, m.type().name());
    statement.setString(4, m.definition());
    statement.setString(5, m.roleArn());
    statement.setString(6, m.loggingConfiguration());
    statement.setBoolean(7, m.tracingEnabled());
    statement.setString(8, m.encryptionConfiguration());
    statement.setString(9, m.description());
    statement.setLong(10, m.creationDate());
    statement.setString(11, m.revisionId());
    statement.setString(12, m.status().name());
  }

  static StateMachineRecord readMachine(ResultSet row, String arnColumn) throws SQLException {
    return new StateMachineRecord(
        row.getString(arnColumn),
        row.getString("name"),
        StateMachineType.valueOf(row.getString("type")),
        row.getString("definition"),
        row.getString("role_arn"),
        row.getString("logging_configuration"),
        row.getBoolean("tracing_enabled"),
        row.getString("encryption_configuration"),
        row.getString("description"),
        row.getLong("creation_date"),
        row.getString("revision_id"),
        StateMachineStatus.valueOf(row.getString("status")));
  }

  static VersionRecord readVersion(ResultSet row) throws SQLException {
    return new VersionRecord(
        row.getString("arn"),
        row.getLong("number"),
        row.getString("version_description"),
        row.getLong("version_creation_date"),
        readMachine(row, "state_machine_arn"));
  }
}
