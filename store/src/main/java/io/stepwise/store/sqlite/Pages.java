package io.stepwise.store.sqlite;

import io.stepwise.store.Cursors;
import io.stepwise.store.Page;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of a table in the order of its {@code seq} column, the creation order, with the store's
 * cursors. One row more than the page is read to learn whether another page follows.
 */
final class Pages {

  private Pages() {}

  /**
   * Reads a page.
   *
   * @param select {@code SELECT ... FROM ... WHERE <condition>}, selecting {@code seq}
   * @param parameters the values of the condition's parameters
   */
  static <T> Page<T> page(
      SqlSession session,
      String select,
      List<Object> parameters,
      boolean newestFirst,
      int limit,
      String cursor,
      RowReader<T> reader)
      throws SQLException {
    String sql =
        select
            + (cursor == null ? "" : newestFirst ? " AND seq < ?" : " AND seq > ?")
            + (newestFirst ? " ORDER BY seq DESC" : " ORDER BY seq")
            + " LIMIT ?";
    PreparedStatement query = session.prepare(sql);
    int index = 1;
    for (Object parameter : parameters) {
      query.setObject(index++, parameter);
    }
    if (cursor != null) {
      query.setLong(index++, Cursors.parse(cursor));
    }
    query.setInt(index, limit + 1);
    List<T> items = new ArrayList<>();
    long lastSeq = 0;
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        if (items.size() == limit) {
          return new Page<>(items, Cursors.of(lastSeq));
        }
        items.add(reader.read(rows));
        lastSeq = rows.getLong("seq");
      }
    }
    return new Page<>(items, null);
  }
}
