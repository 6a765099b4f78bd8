package io.stepwise.runtime.durable;

import static io.stepwise.runtime.durable.DurableFixtures.DOUBLE;
import static io.stepwise.runtime.durable.DurableFixtures.TASK_WAIT_PASS;
import static io.stepwise.runtime.durable.DurableFixtures.entries;
import static io.stepwise.runtime.durable.DurableFixtures.json;
import static io.stepwise.runtime.durable.DurableFixtures.request;
import static io.stepwise.runtime.durable.DurableFixtures.storeMachine;
import static io.stepwise.runtime.durable.DurableFixtures.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StateMachineType;
import io.stepwise.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the durable runtime does on any store. */
abstract class DurableRuntimeContract {
  static final long T0 = 1_700_000_000_000L;

  final VirtualClock clock = new VirtualClock(T0);
  Store store;
  DurableRuntime runtime;

  abstract Store openStore();

  /** Doubles {@code $.n} on another thread, as a remote function would. */
  static TaskRegistry doublingTasks() {
    Executor elsewhere = CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS);
    TaskInvoker doubling =
        (parameters, context) ->
            CompletableFuture.supplyAsync(
                () -> TaskResult.success(json("" + parameters.get("n").asInt() * 2)), elsewhere);
    return new TaskRegistry().register(DOUBLE, doubling);
  }

  @BeforeEach
  void open() {
    store = openStore();
    runtime = DurableRuntime.open(store, doublingTasks(), clock);
  }

  @AfterEach
  void close() {
    runtime.close();
    store.close();
  }

  ExecutionRecord finish(StartOutcome outcome) throws Exception {
    return ((StartOutcome.Started) outcome).completion().get(20, TimeUnit.SECONDS);
  }

  @Test
  void manyConcurrentExecutionsFinishWithTheirOwnOutput() throws Exception {
    StateMachineRecord machine =
        storeMachine(store, "Doubler", TASK_WAIT_PASS.replace("\"Seconds\":60", "\"Seconds\":0"));
    List<CompletableFuture<ExecutionRecord>> done = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StartOutcome started = runtime.start(request(machine, "e" + i, json("{'n':" + i + "}")));
      done.add(((StartOutcome.Started) started).completion());
    }

    for (int i = 0; i < done.size(); i++) {
      ExecutionRecord row = done.get(i).get(30, TimeUnit.SECONDS);
      assertThat(row.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(json(row.output())).isEqualTo(json("{'n':%d,'doubled':%d}".formatted(i, 2 * i)));
      assertThat(store.executions().execution(row.arn())).contains(row);
      List<HistoryEvent> history = store.executions().history(row.arn());
      assertThat(entries(history)).containsOnlyKeys("Double", "Big?", "Pause", "Done");
      assertThat(entries(history).values()).containsOnly(1L);
      assertThat(store.executions().timers(row.arn())).isEmpty();
      assertThat(store.executions().pendingTasks(row.arn())).isEmpty();
    }
    assertThat(runtime.runningCount()).isZero();
  }

  @Test
  void aWaitFiresAtItsDueTimeAndNotBefore() throws Exception {
    StateMachineRecord machine = storeMachine(store, "Waiter", TASK_WAIT_PASS);
    StartOutcome.Started started =
        (StartOutcome.Started) runtime.start(request(machine, "w", json("{'n':1}")));
    String arn = started.execution().arn();
    awaitTimerStored(arn);

    assertThat(store.executions().timers(arn))
        .singleElement()
        .satisfies(timer -> assertThat(timer.dueTime()).isEqualTo(T0 + 60_000));
    clock.advanceBy(Duration.ofSeconds(59));
    Thread.sleep(50);
    assertThat(started.completion()).isNotDone();

    clock.advanceBy(Duration.ofSeconds(1));
    ExecutionRecord row = started.completion().get(10, TimeUnit.SECONDS);
    assertThat(row.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(row.stopDate()).isEqualTo(T0 + 60_000);
    assertThat(store.executions().timers(arn)).isEmpty();
  }

  @Test
  void aWaitOfAYearIsOneStoredTimer() throws Exception {
    StateMachineRecord machine =
        storeMachine(
            store,
            "Year",
            """
            {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":31536000,"End":true}}}""");
    StartOutcome.Started started =
        (StartOutcome.Started) runtime.start(request(machine, "y", json("{}")));

    assertThat(store.executions().timers(started.execution().arn())).hasSize(1);
    assertThat(runtime.armedTimerCount()).isEqualTo(1);
    clock.advanceBy(Duration.ofDays(365));
    assertThat(started.completion().get(10, TimeUnit.SECONDS).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void stopAbortsAWaitingExecutionAndDeletesItsTimer() throws Exception {
    StateMachineRecord machine = storeMachine(store, "Stopped", TASK_WAIT_PASS);
    StartOutcome.Started started =
        (StartOutcome.Started) runtime.start(request(machine, "s", json("{'n':1}")));
    String arn = started.execution().arn();
    awaitTimerStored(arn);

    ExecutionRecord row =
        runtime.stop(arn, "Oops", "stopped by test").orElseThrow().get(10, TimeUnit.SECONDS);

    assertThat(row.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(row.error()).isEqualTo("Oops");
    assertThat(store.executions().execution(arn)).contains(row);
    assertThat(types(store.executions().history(arn))).last().isEqualTo("ExecutionAborted");
    assertThat(store.executions().timers(arn)).isEmpty();
    assertThat(runtime.stop(arn, null, null)).isEmpty();
  }

  @Test
  void aTaskTimeoutTimerGoesWhenTheTaskAnswers() throws Exception {
    StateMachineRecord machine =
        storeMachine(
            store,
            "Timeout",
            """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","TimeoutSeconds":300,
              "HeartbeatSeconds":100,"End":true}}}"""
                .formatted(DOUBLE));
    ExecutionRecord row = finish(runtime.start(request(machine, "t", json("{'n':4}"))));

    assertThat(row.output()).isEqualTo("8");
    assertThat(store.executions().timers(row.arn())).isEmpty();
    assertThat(runtime.armedTimerCount()).isZero();
  }

  @Test
  void aSecondStartWithTheSameNameIsRefused() throws Exception {
    StateMachineRecord machine = storeMachine(store, "Named", TASK_WAIT_PASS);
    StartOutcome first = runtime.start(request(machine, "same", json("{'n':1}")));
    StartOutcome second = runtime.start(request(machine, "same", json("{'n':2}")));

    assertThat(second)
        .isInstanceOfSatisfying(
            StartOutcome.NameTaken.class,
            taken ->
                assertThat(taken.existing().arn())
                    .isEqualTo(((StartOutcome.Started) first).execution().arn()));
    assertThat(store.executions().history(taken(second).arn()).getFirst().details().toString())
        .contains("\"n\":1");
  }

  @Test
  void anExpressExecutionRunsWithoutStoreWrites() throws Exception {
    StateMachineRecord machine =
        storeMachine(
            store,
            "Fast",
            TASK_WAIT_PASS.replace("\"Seconds\":60", "\"Seconds\":1"),
            StateMachineType.EXPRESS);
    StartOutcome.Started started =
        (StartOutcome.Started) runtime.start(request(machine, "x", json("{'n':5}")));
    String arn = started.execution().arn();
    Thread.sleep(50);
    clock.advanceBy(Duration.ofSeconds(1));

    ExecutionRecord row = started.completion().get(10, TimeUnit.SECONDS);
    assertThat(json(row.output())).isEqualTo(json("{'n':5,'doubled':10}"));
    assertThat(store.executions().execution(arn)).isEmpty();
    assertThat(store.executions().history(arn)).isEmpty();
  }

  @Test
  void theMachinesTimeoutEndsItAsTimedOut() throws Exception {
    StateMachineRecord machine =
        storeMachine(
            store,
            "Slow",
            """
            {"TimeoutSeconds":30,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,
              "End":true}}}""");
    StartOutcome.Started started =
        (StartOutcome.Started) runtime.start(request(machine, "slow", json("{}")));
    clock.advanceBy(Duration.ofSeconds(30));

    ExecutionRecord row = started.completion().get(10, TimeUnit.SECONDS);
    assertThat(row.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(row.stopDate()).isEqualTo(T0 + 30_000);
    assertThat(store.executions().timers(row.arn())).isEmpty();
    assertThat(runtime.armedTimerCount()).isZero();
  }

  @Test
  void aRetryWaitsForItsIntervalThenATaskTimeoutCatches() throws Exception {
    String hangs = "arn:aws:lambda:us-east-1:123456789012:function:hangs";
    String fails = "arn:aws:lambda:us-east-1:123456789012:function:fails";
    runtime.close();
    TaskRegistry tasks =
        doublingTasks()
            .register(hangs, (parameters, context) -> new CompletableFuture<>())
            .register(
                fails,
                TaskInvoker.of(
                    p -> {
                      throw new IllegalStateException("boom");
                    }));
    runtime = DurableRuntime.open(store, tasks, clock);
    StateMachineRecord machine =
        storeMachine(
            store,
            "Retries",
            """
            {"StartAt":"Fails","States":{
              "Fails":{"Type":"Task","Resource":"%s","Retry":[{"ErrorEquals":["States.ALL"],
                "IntervalSeconds":5,"MaxAttempts":1}],"Catch":[{"ErrorEquals":["States.ALL"],
                "ResultPath":"$.failure","Next":"Hangs"}],"End":true},
              "Hangs":{"Type":"Task","Resource":"%s","TimeoutSeconds":10,
                "Catch":[{"ErrorEquals":["States.Timeout"],"ResultPath":"$.timeout","Next":"Done"}],
                "End":true},
              "Done":{"Type":"Pass","End":true}}}"""
                .formatted(fails, hangs));
    StartOutcome.Started started =
        (StartOutcome.Started) runtime.start(request(machine, "r", json("{}")));
    String arn = started.execution().arn();
    awaitTimerStored(arn);
    assertThat(store.executions().timers(arn))
        .singleElement()
        .satisfies(timer -> assertThat(timer.dueTime()).isEqualTo(T0 + 5_000));

    clock.advanceBy(Duration.ofSeconds(5));
    awaitTimer(arn, T0 + 15_000);
    clock.advanceBy(Duration.ofSeconds(10));

    ExecutionRecord row = started.completion().get(10, TimeUnit.SECONDS);
    assertThat(row.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(json(row.output()).path("failure").path("Error").asText())
        .isEqualTo("IllegalStateException");
    assertThat(json(row.output()).path("timeout").path("Error").asText())
        .isEqualTo("States.Timeout");
    assertThat(store.executions().pendingTasks(arn)).isEmpty();
    assertThat(store.executions().timers(arn)).isEmpty();
  }

  private static ExecutionRecord taken(StartOutcome outcome) {
    return ((StartOutcome.NameTaken) outcome).existing();
  }

  void awaitTimer(String arn, long dueTime) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (store.executions().timers(arn).stream().noneMatch(t -> t.dueTime() == dueTime)
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  void awaitTimerStored(String arn) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (store.executions().timers(arn).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  static JsonNode output(ExecutionRecord row) {
    return json(row.output());
  }
}
