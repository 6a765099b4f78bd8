package io.stepwise.store.sqlite;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed pool of read-only connections. In WAL mode readers do not block the writer nor each
 * other, and each read sees every transaction committed before it started.
 */
final class ReadConnections implements AutoCloseable {
  private final BlockingQueue<SqlSession> idle;
  private final List<SqlSession> all = new ArrayList<>();

  ReadConnections(List<SqlSession> sessions) {
    idle = new ArrayBlockingQueue<>(sessions.size(), false, sessions);
    all.addAll(sessions);
  }

  <T> T read(SqlWork<T> work) {
    SqlSession session = take();
    try {
      return work.run(session);
    } catch (SQLException e) {
      throw new StoreFailure("A read of the store failed", e);
    } finally {
      idle.add(session);
    }
  }

  private SqlSession take() {
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a read connection", e);
    }
  }

  @Override
  public void close() throws SQLException {
    for (SqlSession session : all) {
      session.close();
    }
  }
}
