package io.stepwise.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The common shapes of statements with one string parameter. */
final class Statements {

  private Statements() {}

  /** Runs an update whose parameters all take {@code value}; returns the rows it changed. */
  static int update(SqlSession session, String sql, String value) throws SQLException {
    PreparedStatement statement = session.prepare(sql);
    statement.setString(1, value);
    return statement.executeUpdate();
  }

  /** The first row of a query with one parameter, or empty. */
  static <T> Optional<T> one(SqlSession session, String sql, String value, RowReader<T> reader)
      throws SQLException {
    PreparedStatement query = session.prepare(sql);
    query.setString(1, value);
    try (ResultSet row = query.executeQuery()) {
      return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
    }
  }

  /** Every row of a query with one parameter, in the query's order. */
  static <T> List<T> all(SqlSession session, String sql, String value, RowReader<T> reader)
      throws SQLException {
    PreparedStatement query = session.prepare(sql);
    query.setString(1, value);
    List<T> all = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        all.add(reader.read(rows));
      }
    }
    return all;
  }
}
