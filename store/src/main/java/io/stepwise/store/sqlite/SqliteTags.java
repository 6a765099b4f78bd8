package io.stepwise.store.sqlite;

import io.stepwise.store.TagStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Tags in SQLite. */
final class SqliteTags implements TagStore {
  private final GroupCommitter committer;
  private final ReadConnections readers;

  SqliteTags(GroupCommitter committer, ReadConnections readers) {
    this.committer = committer;
    this.readers = readers;
  }

  @Override
  public SortedMap<String, String> tags(String resourceArn) {
    return readers.read(
        session -> {
          PreparedStatement query =
              session.prepare("SELECT tag_key, tag_value FROM tags WHERE resource_arn = ?");
          query.setString(1, resourceArn);
          SortedMap<String, String> tags = new TreeMap<>();
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              tags.put(rows.getString(1), rows.getString(2));
            }
          }
          return Collections.unmodifiableSortedMap(tags);
        });
  }

  @Override
  public void tag(String resourceArn, Map<String, String> tags) {
    committer.write(
        session -> {
          PreparedStatement upsert =
              session.prepare(
                  "INSERT OR REPLACE INTO tags (resource_arn, tag_key, tag_value) VALUES (?,?,?)");
          for (Map.Entry<String, String> tag : tags.entrySet()) {
            upsert.setString(1, resourceArn);
            upsert.setString(2, tag.getKey());
            upsert.setString(3, tag.getValue());
            upsert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void untag(String resourceArn, Collection<String> keys) {
    committer.write(
        session -> {
          PreparedStatement delete =
              session.prepare("DELETE FROM tags WHERE resource_arn = ? AND tag_key = ?");
          for (String key : keys) {
            delete.setString(1, resourceArn);
            delete.setString(2, key);
            delete.executeUpdate();
          }
          return null;
        });
  }
}
