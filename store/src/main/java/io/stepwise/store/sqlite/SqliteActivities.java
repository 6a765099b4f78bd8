package io.stepwise.store.sqlite;

import io.stepwise.store.ActivityRecord;
import io.stepwise.store.ActivityStore;
import io.stepwise.store.Page;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Activities in SQLite. */
final class SqliteActivities implements ActivityStore {
  private static final String COLUMNS = "seq, arn, name, encryption_configuration, creation_date";

  private final GroupCommitter committer;
  private final ReadConnections readers;

  SqliteActivities(GroupCommitter committer, ReadConnections readers) {
    this.committer = committer;
    this.readers = readers;
  }

  @Override
  public boolean createActivity(ActivityRecord activity) {
    return committer.write(
        session -> {
          PreparedStatement insert =
              session.prepare(
                  "INSERT INTO activities (arn, name, encryption_configuration, creation_date)"
                      + " VALUES (?,?,?,?) ON CONFLICT (arn) DO NOTHING");
          insert.setString(1, activity.arn());
          insert.setString(2, activity.name());
          insert.setString(3, activity.encryptionConfiguration());
          insert.setLong(4, activity.creationDate());
          return insert.executeUpdate() == 1;
        });
  }

  @Override
  public boolean deleteActivity(String arn) {
    return committer.write(
        session -> {
          Statements.update(session, "DELETE FROM tags WHERE resource_arn = ?", arn);
          return Statements.update(session, "DELETE FROM activities WHERE arn = ?", arn) == 1;
        });
  }

  @Override
  public Optional<ActivityRecord> activity(String arn) {
    return readers.read(
        session ->
            Statements.one(
                session,
                "SELECT " + COLUMNS + " FROM activities WHERE arn = ?",
                arn,
                SqliteActivities::read));
  }

  @Override
  public Page<ActivityRecord> activities(String arnPrefix, int limit, String cursor) {
    return readers.read(
        session ->
            Pages.page(
                session,
                "SELECT " + COLUMNS + " FROM activities WHERE substr(arn, 1, length(?1)) = ?1",
                List.of(arnPrefix),
                false,
                limit,
                cursor,
                SqliteActivities::read));
  }

  private static ActivityRecord read(ResultSet row) throws SQLException {
    return new ActivityRecord(
        row.getString("arn"),
        row.getString("name"),
        row.getString("encryption_configuration"),
        row.getLong("creation_date"));
  }
}
