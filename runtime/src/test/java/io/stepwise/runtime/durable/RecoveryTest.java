package io.stepwise.runtime.durable;

import static io.stepwise.runtime.durable.DurableFixtures.DOUBLE;
import static io.stepwise.runtime.durable.DurableFixtures.TASK_WAIT_PASS;
import static io.stepwise.runtime.durable.DurableFixtures.entries;
import static io.stepwise.runtime.durable.DurableFixtures.json;
import static io.stepwise.runtime.durable.DurableFixtures.request;
import static io.stepwise.runtime.durable.DurableFixtures.storeMachine;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.store.ExecutionQuery;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runtime closed while its executions wait for tasks and timers, and a new runtime on the same
 * database that finishes them: tasks dispatched again, timers fired at their stored due time.
 */
class RecoveryTest {
  private static final long T0 = DurableRuntimeContract.T0;
  private static final int EACH = 20;
  private static final String WAIT_FIRST =
      """
      {"StartAt":"Pause","States":{
        "Pause":{"Type":"Wait","Seconds":60,"Next":"Double"},
        "Double":{"Type":"Task","Resource":"%s","ResultPath":"$.doubled","End":true}}}"""
          .formatted(DOUBLE);

  @TempDir Path directory;
  private final VirtualClock clock = new VirtualClock(T0);

  @Test
  void aNewRuntimeFinishesWhatTheOldOneLeftWaiting() throws Exception {
    AtomicInteger hangingCalls = new AtomicInteger();
    TaskRegistry hanging =
        new TaskRegistry()
            .register(
                DOUBLE,
                (parameters, context) -> {
                  hangingCalls.incrementAndGet();
                  return new CompletableFuture<>();
                });
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime = DurableRuntime.open(store, hanging, clock)) {
      StateMachineRecord onTasks = storeMachine(store, "OnTasks", TASK_WAIT_PASS);
      StateMachineRecord onTimers = storeMachine(store, "OnTimers", WAIT_FIRST);
      for (int i = 0; i < EACH; i++) {
        runtime.start(request(onTasks, "t" + i, json("{'n':" + i + "}")));
        runtime.start(request(onTimers, "w" + i, json("{'n':" + i + "}")));
      }
      assertThat(hangingCalls).hasValue(EACH);
      assertThat(store.executions().pendingTasks()).hasSize(EACH);
    }
    clock.advanceBy(Duration.ofSeconds(90));

    // Tasks answer only once every restored execution has been looked at, so none ends before.
    CompletableFuture<Void> answer = new CompletableFuture<>();
    TaskRegistry gated =
        new TaskRegistry()
            .register(
                DOUBLE,
                (parameters, context) ->
                    answer.thenApplyAsync(
                        ready -> TaskResult.success(json("" + parameters.get("n").asInt() * 2))));
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime = DurableRuntime.open(store, gated, clock)) {
      assertThat(runtime.runningCount()).isEqualTo(2 * EACH);
      List<CompletableFuture<ExecutionRecord>> all =
          store
              .executions()
              .executions(new ExecutionQuery(null, null, ExecutionStatus.RUNNING, 1000, null))
              .items()
              .stream()
              .map(row -> runtime.completion(row.arn()).orElseThrow())
              .toList();
      answer.complete(null);
      awaitOverdueWaitsExited(store);
      advanceUntilDone(all);

      for (int i = 0; i < EACH; i++) {
        checkFinished(store, "OnTasks", "t" + i, "{'n':%d,'doubled':%d}".formatted(i, 2 * i));
        checkFinished(store, "OnTimers", "w" + i, "{'n':%d,'doubled':%d}".formatted(i, 2 * i));
        List<HistoryEvent> history = store.executions().history(arn("OnTimers", "w" + i));
        HistoryEvent waitExited =
            history.stream()
                .filter(e -> e.type().awsName().equals("WaitStateExited"))
                .findFirst()
                .orElseThrow();
        assertThat(waitExited.timestamp())
            .as("an overdue timer fires at once after the restart")
            .isEqualTo(T0 + 90_000);
      }
      assertThat(store.executions().pendingTasks()).isEmpty();
      assertThat(store.executions().nextTimerDue()).isEmpty();
    }
  }

  @Test
  void parallelBranchesWaitingOnTasksFinishAfterARestart() throws Exception {
    TaskRegistry hanging =
        new TaskRegistry().register(DOUBLE, (parameters, context) -> new CompletableFuture<>());
    String definition =
        """
        {"StartAt":"Both","States":{"Both":{"Type":"Parallel","End":true,"Branches":[
          {"StartAt":"One","States":{"One":{"Type":"Task","Resource":"%1$s","End":true}}},
          {"StartAt":"Two","States":{"Two":{"Type":"Task","Resource":"%1$s",
            "Parameters":{"n.$":"States.MathAdd($.n, 1)"},"End":true}}}]}}}"""
            .formatted(DOUBLE);
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime = DurableRuntime.open(store, hanging, clock)) {
      StateMachineRecord machine = storeMachine(store, "Fan", definition);
      runtime.start(request(machine, "f", json("{'n':1}")));
      assertThat(store.executions().pendingTasks()).hasSize(2);
    }

    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime =
            DurableRuntime.open(store, DurableRuntimeContract.doublingTasks(), clock)) {
      String arn = arn("Fan", "f");
      ExecutionRecord row = runtime.completion(arn).orElseThrow().get(10, TimeUnit.SECONDS);

      assertThat(row.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(json(row.output())).isEqualTo(json("[2,4]"));
      checkFinished(store, "Fan", "f", "[2,4]");
      assertThat(
              history(store, arn).stream()
                  .filter(e -> e.type().awsName().equals("LambdaFunctionScheduled")))
          .hasSize(2);
    }
  }

  private static List<HistoryEvent> history(SqliteStore store, String arn) {
    return store.executions().history(arn);
  }

  /**
   * Waits until the overdue timer of every OnTimers execution has fired, before the test moves the
   * clock on: on a loaded machine the firing may take longer than one round of {@link
   * #advanceUntilDone}.
   */
  private static void awaitOverdueWaitsExited(SqliteStore store) throws InterruptedException {
    for (int i = 0; i < EACH; i++) {
      String arn = arn("OnTimers", "w" + i);
      while (store.executions().history(arn).stream()
          .noneMatch(e -> e.type().awsName().equals("WaitStateExited"))) {
        Thread.sleep(5);
      }
    }
  }

  private void advanceUntilDone(List<CompletableFuture<ExecutionRecord>> all) throws Exception {
    CompletableFuture<Void> done = CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    for (int round = 0; round < 100 && !done.isDone(); round++) {
      Thread.sleep(50);
      clock.advanceBy(Duration.ofSeconds(61));
    }
    done.get(10, TimeUnit.SECONDS);
  }

  static String arn(String machine, String name) {
    return DurableFixtures.PREFIX + "execution:" + machine + ":" + name;
  }

  /** SUCCEEDED with {@code output}; events numbered 1..n; every state entered once. */
  static void checkFinished(SqliteStore store, String machine, String name, String output) {
    String arn = arn(machine, name);
    ExecutionRecord row = store.executions().execution(arn).orElseThrow();
    assertThat(row.status()).as(arn).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(json(row.output())).as(arn).isEqualTo(json(output));
    List<HistoryEvent> history = store.executions().history(arn);
    assertThat(history.stream().mapToLong(HistoryEvent::id))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, history.size()).boxed().toList());
    assertThat(entries(history).values()).as("entries of %s", arn).containsOnly(1L);
    assertThat(history.getLast().type().awsName()).isEqualTo("ExecutionSucceeded");
  }
}
