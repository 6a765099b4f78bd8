package io.stepwise.store.sqlite;

import java.sql.SQLException;

/** Work done with a session: a read on a read connection, or a write inside a transaction. */
@FunctionalInterface
interface SqlWork<T> {
  T run(SqlSession session) throws SQLException;
}
