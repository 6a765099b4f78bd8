package io.stepwise.store.sqlite;

import static io.stepwise.store.StoreFixtures.events;
import static io.stepwise.store.StoreFixtures.executionArn;
import static io.stepwise.store.StoreFixtures.running;

import io.stepwise.store.ExecutionStore;
import io.stepwise.store.StepCommit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A measurement run by hand, not a test: how many step commits per second a SQLite store takes when
 * {@code executions} executions advance at once, each waiting for its previous commit as the
 * runtime does. Each step commits two events and replaces a timer. Arguments: executions, steps per
 * execution, and optionally the directory for the database (a new temporary one otherwise).
 */
public final class CommitThroughput {

  private CommitThroughput() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int executions = Integer.parseInt(args[0]);
    int steps = Integer.parseInt(args[1]);
    Path directory =
        args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("stepwise-throughput");
    try (SqliteStore store = SqliteStore.openDirectory(directory)) {
      long started = System.nanoTime();
      List<Thread> workers = new ArrayList<>();
      for (int e = 0; e < executions; e++) {
        String name = "run" + e;
        workers.add(Thread.ofVirtual().start(() -> advance(store.executions(), name, steps)));
      }
      for (Thread worker : workers) {
        worker.join();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long commits = (long) executions * (steps + 1);
      System.out.printf(
          "%d executions x %d steps: %d commits in %.2f s = %.0f commits/s, %.0f events/s,"
              + " %d transactions (%.1f commits per fsync)%n",
          executions,
          steps,
          commits,
          seconds,
          commits / seconds,
          commits * 2 / seconds,
          store.committedBatches(),
          (double) commits / store.committedBatches());
    }
  }

  private static void advance(ExecutionStore executions, String name, int steps) {
    executions.commit(StepCommit.start(running("m", name, 1)).events(events(1, 1)).build()).join();
    String arn = executionArn("m", name);
    for (long step = 1; step <= steps; step++) {
      long first = step * 2;
      executions
          .commit(
              StepCommit.step(arn)
                  .events(events(first, first + 1))
                  .removeTimer(step - 1)
                  .addTimer(step, first)
                  .build())
          .join();
    }
  }
}
