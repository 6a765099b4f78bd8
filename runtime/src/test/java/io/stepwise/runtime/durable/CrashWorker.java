package io.stepwise.runtime.durable;

import static io.stepwise.runtime.durable.DurableFixtures.DOUBLE;
import static io.stepwise.runtime.durable.DurableFixtures.json;
import static io.stepwise.runtime.durable.DurableFixtures.request;
import static io.stepwise.runtime.durable.DurableFixtures.storeMachine;

import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.Store;
import io.stepwise.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The process that {@link DurableCrashTest} kills: it starts executions on a SQLite store in a loop
 * and prints the name of each one whose start is committed, until it is killed.
 */
public final class CrashWorker {
  static final String MACHINE = "Crash";

  /** Task -> Wait 1 s -> Task -> Pass: each execution doubles {@code n}, then doubles it again. */
  static final String DEFINITION =
      """
      {"StartAt":"Double","States":{
        "Double":{"Type":"Task","Resource":"%1$s","ResultPath":"$.doubled","Next":"Pause"},
        "Pause":{"Type":"Wait","Seconds":1,"Next":"Again"},
        "Again":{"Type":"Task","Resource":"%1$s","Parameters":{"n.$":"$.doubled"},
          "ResultPath":"$.quadrupled","Next":"Done"},
        "Done":{"Type":"Pass","End":true}}}"""
          .formatted(DOUBLE);

  private CrashWorker() {}

  /** Doubles {@code $.n} after a few milliseconds, on another thread. */
  static TaskRegistry slowDoubling() {
    TaskInvoker doubling =
        (parameters, context) ->
            CompletableFuture.supplyAsync(
                () -> TaskResult.success(json("" + parameters.get("n").asInt() * 2)),
                CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS));
    return new TaskRegistry().register(DOUBLE, doubling);
  }

  public static void main(String[] args) throws Exception {
    Store store = SqliteStore.openDirectory(Path.of(args[0]));
    StateMachineRecord machine = storeMachine(store, MACHINE, DEFINITION);
    DurableRuntime runtime = DurableRuntime.open(store, slowDoubling(), RuntimeClock.system());
    for (int i = 0; ; i++) {
      runtime.start(request(machine, "c" + i, json("{'n':" + i + "}")));
      System.out.println("started c" + i);
      System.out.flush();
      Thread.sleep(2);
    }
  }
}
