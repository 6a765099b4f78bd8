package io.stepwise.store.sqlite;

import static io.stepwise.store.StoreFixtures.events;
import static io.stepwise.store.StoreFixtures.executionArn;
import static io.stepwise.store.StoreFixtures.running;

import io.stepwise.store.ExecutionStore;
import io.stepwise.store.StepCommit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of {@link CrashTest}: advances a few executions forever, each step two events
 * plus a timer that replaces the previous step's, and prints {@code <execution> <last event id>}
 * once a step's commit has completed. It runs until it is killed.
 */
public final class CommitLoop {
  static final int EXECUTIONS = 6;

  private CommitLoop() {}

  public static void main(String[] args) throws InterruptedException {
    SqliteStore store = SqliteStore.open(Path.of(args[0]));
    PrintStream out = System.out;
    List<Thread> threads = new ArrayList<>();
    for (int e = 0; e < EXECUTIONS; e++) {
      String name = "x" + e;
      threads.add(Thread.ofPlatform().start(() -> advance(store.executions(), name, out)));
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private static void advance(ExecutionStore executions, String name, PrintStream out) {
    executions.commit(StepCommit.start(running("m", name, 1)).events(events(1, 1)).build()).join();
    String arn = executionArn("m", name);
    for (long step = 1; ; step++) {
      long first = step * 2;
      StepCommit commit =
          StepCommit.step(arn)
              .events(events(first, first + 1))
              .removeTimer(step - 1)
              .addTimer(step, first + 1)
              .build();
      executions.commit(commit).join();
      synchronized (out) {
        out.println(name + " " + (first + 1));
        out.flush();
      }
    }
  }
}
