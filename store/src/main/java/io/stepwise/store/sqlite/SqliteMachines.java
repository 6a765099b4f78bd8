package io.stepwise.store.sqlite;

import io.stepwise.store.AliasRecord;
import io.stepwise.store.MachineStore;
import io.stepwise.store.Page;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.VersionRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** State machines, versions and aliases in SQLite. */
final class SqliteMachines implements MachineStore {
  private static final String DELETE_TAGS =
      "DELETE FROM tags WHERE resource_arn = ?1"
          + " OR resource_arn IN (SELECT arn FROM versions WHERE state_machine_arn = ?1)"
          + " OR resource_arn IN (SELECT arn FROM aliases WHERE state_machine_arn = ?1)";

  private final GroupCommitter committer;
  private final ReadConnections readers;
  // Every StartExecution reads its machine, which rarely changes: the machines read lately, kept
  // as they are stored. A write drops the machine's entry after its commit, and a read that misses
  // fills it inside computeIfAbsent, which that drop waits for, so no entry outlives its row.
  private final Map<String, StateMachineRecord> current = new ConcurrentHashMap<>();

  SqliteMachines(GroupCommitter committer, ReadConnections readers) {
    this.committer = committer;
    this.readers = readers;
  }

  @Override
  public boolean createMachine(StateMachineRecord machine) {
    return forgetAfter(machine.arn(), createRow(machine));
  }

  private boolean createRow(StateMachineRecord machine) {
    return committer.write(
        session -> {
          PreparedStatement insert = session.prepare(MachineRows.INSERT);
          MachineRows.bind(insert, machine);
          if (insert.executeUpdate() == 0) {
            return false;
          }
          keepDefinition(session, machine);
          return true;
        });
  }

  @Override
  public boolean updateMachine(StateMachineRecord machine) {
    return forgetAfter(machine.arn(), updateRow(machine));
  }

  /** Drops the cached form of a machine once a write of it has committed. */
  private boolean forgetAfter(String arn, boolean written) {
    current.remove(arn);
    return written;
  }

  private boolean updateRow(StateMachineRecord machine) {
    return committer.write(
        session -> {
          PreparedStatement update = session.prepare(MachineRows.UPDATE);
          MachineRows.bind(update, machine);
          update.setString(13, machine.arn());
          if (update.executeUpdate() == 0) {
            return false;
          }
          keepDefinition(session, machine);
          return true;
        });
  }

  @Override
  public boolean deleteMachine(String arn) {
    return forgetAfter(arn, deleteRows(arn));
  }

  private boolean deleteRows(String arn) {
    return committer.write(
        session -> {
          for (String sql :
              List.of(
                  DELETE_TAGS,
                  "DELETE FROM versions WHERE state_machine_arn = ?1",
                  "DELETE FROM aliases WHERE state_machine_arn = ?1")) {
            Statements.update(session, sql, arn);
          }
          return Statements.update(session, "DELETE FROM state_machines WHERE arn = ?", arn) == 1;
        });
  }

  @Override
  public Optional<StateMachineRecord> machine(String arn) {
    return Optional.ofNullable(current.computeIfAbsent(arn, this::readMachine));
  }

  private StateMachineRecord readMachine(String arn) {
    return readers
        .read(
            session ->
                Statements.one(
                    session,
                    "SELECT arn, " + MachineRows.COLUMNS + " FROM state_machines WHERE arn = ?",
                    arn,
                    row -> MachineRows.readMachine(row, "arn")))
        .orElse(null);
  }

  private static void keepDefinition(SqlSession session, StateMachineRecord machine)
      throws SQLException {
    PreparedStatement insert =
        session.prepare(
            "INSERT OR IGNORE INTO definitions (state_machine_arn, revision_id, definition)"
                + " VALUES (?,?,?)");
    insert.setString(1, machine.arn());
    insert.setString(2, machine.revisionId());
    insert.setString(3, machine.definition());
    insert.executeUpdate();
  }

  @Override
  public Optional<String> definition(String stateMachineArn, String revisionId) {
    return readers.read(
        session -> {
          PreparedStatement query =
              session.prepare(
                  "SELECT definition FROM definitions WHERE state_machine_arn = ?"
                      + " AND revision_id = ?");
          query.setString(1, stateMachineArn);
          query.setString(2, revisionId);
          try (ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
          }
        });
  }

  @Override
  public Page<StateMachineRecord> machines(String arnPrefix, int limit, String cursor) {
    return readers.read(
        session ->
            Pages.page(
                session,
                "SELECT seq, arn, "
                    + MachineRows.COLUMNS
                    + " FROM state_machines WHERE substr(arn, 1, length(?1)) = ?1",
                List.of(arnPrefix),
                false,
                limit,
                cursor,
                row -> MachineRows.readMachine(row, "arn")));
  }

  @Override
  public Optional<VersionRecord> publishVersion(
      String stateMachineArn, String description, long now) {
    return committer.write(
        session -> {
          int found =
              Statements.update(
                  session,
                  "UPDATE state_machines SET last_version = last_version + 1 WHERE arn = ?",
                  stateMachineArn);
          if (found == 0) {
            return Optional.empty();
          }
          PreparedStatement publish = session.prepare(MachineRows.PUBLISH);
          publish.setString(1, description);
          publish.setLong(2, now);
          publish.setString(3, stateMachineArn);
          publish.executeUpdate();
          return Statements.one(
              session,
              "SELECT "
                  + MachineRows.VERSION_COLUMNS
                  + " FROM versions WHERE arn ="
                  + " (SELECT arn || ':' || last_version FROM state_machines WHERE arn = ?)",
              stateMachineArn,
              MachineRows::readVersion);
        });
  }

  @Override
  public Optional<VersionRecord> version(String versionArn) {
    return readers.read(
        session ->
            Statements.one(
                session,
                "SELECT " + MachineRows.VERSION_COLUMNS + " FROM versions WHERE arn = ?",
                versionArn,
                MachineRows::readVersion));
  }

  @Override
  public Page<VersionRecord> versions(String stateMachineArn, int limit, String cursor) {
    return readers.read(
        session ->
            Pages.page(
                session,
                "SELECT "
                    + MachineRows.VERSION_COLUMNS
                    + " FROM versions WHERE state_machine_arn = ?",
                List.of(stateMachineArn),
                true,
                limit,
                cursor,
                MachineRows::readVersion));
  }

  @Override
  public boolean deleteVersion(String versionArn) {
    return deleteWithTags("DELETE FROM versions WHERE arn = ?", versionArn);
  }

  @Override
  public boolean createAlias(AliasRecord alias) {
    return committer.write(
        session -> {
          PreparedStatement insert =
              session.prepare(
                  "INSERT INTO aliases (arn, state_machine_arn, name, description, routing,"
                      + " creation_date, update_date) VALUES (?,?,?,?,?,?,?)"
                      + " ON CONFLICT (arn) DO NOTHING");
          AliasRows.bind(insert, alias);
          return insert.executeUpdate() == 1;
        });
  }

  @Override
  public boolean updateAlias(AliasRecord alias) {
    return committer.write(
        session -> {
          PreparedStatement update =
              session.prepare(
                  "UPDATE aliases SET arn = ?, state_machine_arn = ?, name = ?, description = ?,"
                      + " routing = ?, creation_date = ?, update_date = ? WHERE arn = ?");
          AliasRows.bind(update, alias);
          update.setString(8, alias.arn());
          return update.executeUpdate() == 1;
        });
  }

  @Override
  public boolean deleteAlias(String aliasArn) {
    return deleteWithTags("DELETE FROM aliases WHERE arn = ?", aliasArn);
  }

  @Override
  public Optional<AliasRecord> alias(String aliasArn) {
    return readers.read(
        session ->
            Statements.one(
                session,
                "SELECT " + AliasRows.COLUMNS + " FROM aliases WHERE arn = ?",
                aliasArn,
                AliasRows::read));
  }

  @Override
  public List<AliasRecord> aliases(String stateMachineArn) {
    return readers.read(
        session ->
            Statements.all(
                session,
                "SELECT "
                    + AliasRows.COLUMNS
                    + " FROM aliases WHERE state_machine_arn = ? ORDER BY seq",
                stateMachineArn,
                AliasRows::read));
  }

  private boolean deleteWithTags(String delete, String arn) {
    return committer.write(
        session -> {
          Statements.update(session, "DELETE FROM tags WHERE resource_arn = ?", arn);
          return Statements.update(session, delete, arn) == 1;
        });
  }
}
