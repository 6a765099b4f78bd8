package io.stepwise.store.sqlite;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The single writer of a SQLite store. Writes from any thread wait in a queue; one thread takes
 * every write waiting, runs them in one transaction of its connection (which is not in auto-commit
 * mode, so the driver adds nothing between statements), and commits once: one fsync for the whole
 * batch (group commit). A failed write undoes only itself (see {@link #commit(List)}). A write's
 * future completes only after that commit has returned, which with {@code synchronous=FULL} means
 * the batch is on disk.
 *
 * <p>Lifecycle: {@link #start()} starts the thread; {@link #close()} lets it finish every write
 * submitted before, then stops it. Writes submitted after close fail.
 */
final class GroupCommitter implements AutoCloseable {
  private static final int MAX_BATCH = 1024;

  private record Write<T>(SqlWork<T> work, CompletableFuture<T> future) {
    void complete(Object result) {
      @SuppressWarnings("unchecked")
      T typed = (T) result;
      future.complete(typed);
    }
  }

  private static final Write<Void> STOP = new Write<>(session -> null, new CompletableFuture<>());

  private final SqlSession session;
  private final BlockingQueue<Write<?>> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean closed;
  private volatile long batches;

  GroupCommitter(SqlSession session) {
    this.session = session;
    this.thread = Thread.ofPlatform().name("stepwise-store-committer").unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  /** Queues a write; the future completes when its batch is durable. */
  <T> CompletableFuture<T> submit(SqlWork<T> work) {
    CompletableFuture<T> future = new CompletableFuture<>();
    if (closed) {
      future.completeExceptionally(new IllegalStateException("The store is closed"));
    } else {
      queue.add(new Write<>(work, future));
    }
    return future;
  }

  /** Queues a write and waits until it is durable. */
  <T> T write(SqlWork<T> work) {
    try {
      return submit(work).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * How many transactions the committer has committed: with many writers, far fewer than writes.
   */
  long batches() {
    return batches;
  }

  private void run() {
    List<Write<?>> batch = new ArrayList<>();
    while (true) {
      batch.add(take());
      queue.drainTo(batch, MAX_BATCH - 1);
      boolean stop = batch.remove(STOP);
      commit(batch);
      batch.clear();
      if (stop) {
        return;
      }
    }
  }

  private Write<?> take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      return STOP;
    }
  }

  /**
   * Commits a batch. Writes rarely fail, so the batch first runs without savepoints; if a write
   * fails, the transaction is rolled back and the batch runs again with a savepoint around each
   * write, so that only the failing one is undone. Every write reads what it depends on inside the
   * transaction, so running it again is safe.
   */
  private void commit(List<Write<?>> batch) {
    if (batch.isEmpty()) {
      return;
    }
    Object[] results = new Object[batch.size()];
    Throwable[] failures = new Throwable[batch.size()];
    try {
      try {
        runAll(batch, results, null);
      } catch (SQLException | RuntimeException e) {
        session.connection().rollback();
        runAll(batch, results, failures);
      }
      session.connection().commit();
      batches++;
    } catch (SQLException | RuntimeException e) {
      rollback();
      StoreFailure failure = new StoreFailure("A commit of the store failed", e);
      batch.forEach(write -> write.future().completeExceptionally(failure));
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      if (failures[i] != null) {
        batch.get(i).future().completeExceptionally(failures[i]);
      } else {
        batch.get(i).complete(results[i]);
      }
    }
  }

  /**
   * Runs every write of the batch. Without {@code failures} the first failure ends the run; with
   * it, each write runs in a savepoint and its failure is recorded there.
   */
  private void runAll(List<Write<?>> batch, Object[] results, Throwable[] failures)
      throws SQLException {
    for (int i = 0; i < batch.size(); i++) {
      if (failures == null) {
        results[i] = batch.get(i).work().run(session);
      } else {
        runInSavepoint(batch.get(i), i, results, failures);
      }
    }
  }

  private void runInSavepoint(Write<?> write, int i, Object[] results, Throwable[] failures)
      throws SQLException {
    session.prepare("SAVEPOINT write").execute();
    try {
      results[i] = write.work().run(session);
    } catch (SQLException e) {
      failures[i] = new StoreFailure("A write of the store failed", e);
      session.prepare("ROLLBACK TO write").execute();
    } catch (RuntimeException e) {
      failures[i] = e;
      session.prepare("ROLLBACK TO write").execute();
    }
    session.prepare("RELEASE write").execute();
  }

  private void rollback() {
    try {
      session.connection().rollback();
    } catch (SQLException e) {
      // The connection is broken; every write of the batch has failed already.
    }
  }

  /** Finishes every write submitted before, then stops the thread. */
  @Override
  public void close() {
    closed = true;
    queue.add(STOP);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes the writer connection; only after {@link #close()}. */
  void closeSession() throws SQLException {
    session.close();
  }
}
