package io.stepwise.runtime.durable;

import static io.stepwise.runtime.durable.DurableFixtures.DOUBLE;
import static io.stepwise.runtime.durable.DurableFixtures.json;
import static io.stepwise.runtime.durable.DurableFixtures.request;
import static io.stepwise.runtime.durable.DurableFixtures.storeMachine;
import static io.stepwise.runtime.durable.DurableFixtures.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.Command;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.MapRunSettings;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.JournalEvent;
import io.stepwise.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runtime closed in the middle of a distributed Map, and a new runtime on the same database that
 * finishes it: the child executions that had ended keep their results, those that waited go on, and
 * the Map Run keeps the items its ItemReader read and the settings UpdateMapRun gave it.
 */
class DistributedMapRecoveryTest {
  private static final String READER = "arn:aws:states:::s3:getObject";
  private static final String WRITER = "arn:aws:states:::s3:putObject";
  private static final String ARN = DurableFixtures.PREFIX + "execution:Fan:f";

  @TempDir Path directory;
  private final VirtualClock clock = new VirtualClock(DurableRuntimeContract.T0);

  private static String definition(String limits, String reader, String writer) {
    return """
        {"StartAt":"Each","States":{"Each":{"Type":"Map",%s%s%s"ItemsPath":"$.items",
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
            "StartAt":"Double","States":{"Double":{"Type":"Task","Resource":"%s","End":true}}},
          "End":true}}}"""
        .formatted(limits, reader, writer, DOUBLE);
  }

  @Test
  void childExecutionsThatEndedKeepTheirResultsAndTheOthersGoOn() throws Exception {
    TaskRegistry firstTwo = new TaskRegistry().register(DOUBLE, doublingBelow(2));
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime = DurableRuntime.open(store, firstTwo, clock)) {
      var machine = storeMachine(store, "Fan", definition("\"MaxConcurrency\":2,", "", ""));
      runtime.start(request(machine, "f", json("{'items':[{'n':0},{'n':1},{'n':2},{'n':3}]}")));
      await(() -> store.executions().pendingTasks(ARN).size() == 2);
    }

    ExecutionRecord row = restartUntilDone(DurableRuntimeContract.doublingTasks());

    assertThat(json(row.output())).isEqualTo(json("[0,2,4,6]"));
    try (SqliteStore store = SqliteStore.openDirectory(directory)) {
      assertThat(types(store.executions().history(ARN)))
          .containsExactly(
              "ExecutionStarted",
              "MapStateEntered",
              "MapStateStarted",
              "MapRunStarted",
              "MapRunSucceeded",
              "MapStateSucceeded",
              "MapStateExited",
              "ExecutionSucceeded");
      List<String> childEvents =
          types(store.executions().journal(ARN).stream().map(JournalEvent::event).toList());
      assertThat(childEvents.stream().filter("TaskStateEntered"::equals))
          .as("each child execution entered its Task state once")
          .hasSize(4);
      assertThat(childEvents.stream().filter("ExecutionSucceeded"::equals)).hasSize(4);
    }
  }

  @Test
  void theItemsReadAndTheResultsWrittenSurviveRestartsBeforeDuringAndAfterTheChildren()
      throws Exception {
    String definition =
        definition(
            "",
            """
            "ItemReader":{"Resource":"%s","Parameters":{"Bucket":"b","Key":"k"}},"""
                .formatted(READER),
            """
            "ResultWriter":{"Resource":"%s","Parameters":{"Bucket":"b","Prefix":"p"}},"""
                .formatted(WRITER));
    TaskRegistry readerHangs = new TaskRegistry().register(READER, hanging());
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime = DurableRuntime.open(store, readerHangs, clock)) {
      runtime.start(request(storeMachine(store, "Fan", definition), "f", json("{}")));
      await(() -> store.executions().pendingTasks(ARN).size() == 1);
    }
    TaskInvoker items =
        (parameters, context) ->
            CompletableFuture.completedFuture(
                TaskResult.success(json("[{'n':5},{'n':6},{'n':7}]")));
    TaskRegistry childrenHang =
        new TaskRegistry().register(READER, items).register(DOUBLE, doublingBelow(6));
    restartUntil(
        childrenHang,
        store ->
            store.executions().pendingTasks(ARN).size() == 2
                && store.executions().history(ARN).size() == 4);
    TaskRegistry writerHangs =
        new TaskRegistry()
            .register(DOUBLE, DurableRuntimeContract.doublingTasks().invoker(DOUBLE))
            .register(WRITER, hanging());
    restartUntil(
        writerHangs,
        store ->
            types(store.executions().history(ARN)).contains("MapRunSucceeded")
                && store.executions().pendingTasks(ARN).size() == 1);

    TaskInvoker written =
        (parameters, context) ->
            CompletableFuture.completedFuture(
                TaskResult.success(
                    json("{'executions':" + parameters.get("Executions").size() + "}")));
    ExecutionRecord row = restartUntilDone(new TaskRegistry().register(WRITER, written));

    assertThat(json(row.output())).isEqualTo(json("{'executions':3}"));
    try (SqliteStore store = SqliteStore.openDirectory(directory)) {
      List<HistoryEvent> history = store.executions().history(ARN);
      assertThat(types(history).stream().filter("MapRunStarted"::equals)).hasSize(1);
      assertThat(
              store.executions().journal(ARN).stream()
                  .map(JournalEvent::event)
                  .filter(e -> e.details() instanceof EventDetails.ChildExecutionStarted))
          .extracting(e -> ((EventDetails.ChildExecutionStarted) e.details()).input())
          .containsExactly(json("{'n':5}"), json("{'n':6}"), json("{'n':7}"));
    }
  }

  @Test
  void theSettingsOfUpdateMapRunHoldAfterARestart() throws Exception {
    String definition = definition("\"MaxConcurrency\":1,", "", "");
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime =
            DurableRuntime.open(store, new TaskRegistry().register(DOUBLE, hanging()), clock)) {
      runtime.start(
          request(
              storeMachine(store, "Fan", definition),
              "f",
              json("{'items':[{'n':0},{'n':1},{'n':2}]}")));
      await(() -> store.executions().pendingTasks(ARN).size() == 1);
      String mapRunArn = mapRunStarted(store).mapRunArn();
      runtime.updateMapRun(ARN, new Command.UpdateMapRun(mapRunArn, 3, 2L, null));
      await(() -> store.executions().pendingTasks(ARN).size() == 3);
    }

    // Two of the three fail: the tolerance that UpdateMapRun set lets the Map Run succeed.
    TaskInvoker onlyZero =
        (parameters, context) ->
            CompletableFuture.completedFuture(
                parameters.get("n").asInt() == 0
                    ? TaskResult.success(json("0"))
                    : TaskResult.failure("Boom", "n is not 0"));
    ExecutionRecord row = restartUntilDone(new TaskRegistry().register(DOUBLE, onlyZero));

    assertThat(row.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    try (SqliteStore store = SqliteStore.openDirectory(directory)) {
      EventDetails.MapRunSucceeded succeeded =
          (EventDetails.MapRunSucceeded)
              store.executions().history(ARN).stream()
                  .filter(e -> e.details() instanceof EventDetails.MapRunSucceeded)
                  .findFirst()
                  .orElseThrow()
                  .details();
      assertThat(succeeded.settings()).isEqualTo(new MapRunSettings(3, 2, -1));
    }
  }

  private static EventDetails.MapRunStarted mapRunStarted(SqliteStore store) {
    return store.executions().history(ARN).stream()
        .map(HistoryEvent::details)
        .filter(EventDetails.MapRunStarted.class::isInstance)
        .map(EventDetails.MapRunStarted.class::cast)
        .findFirst()
        .orElseThrow();
  }

  /** Doubles {@code n} below {@code limit}; the tasks of other items never answer. */
  private static TaskInvoker doublingBelow(int limit) {
    TaskInvoker doubling = DurableRuntimeContract.doublingTasks().invoker(DOUBLE);
    return (parameters, context) ->
        parameters.get("n").asInt() < limit
            ? doubling.invoke(parameters, context)
            : new CompletableFuture<>();
  }

  private static TaskInvoker hanging() {
    return (parameters, context) -> new CompletableFuture<>();
  }

  /** Opens a new runtime on the database, waits until {@code reached}, and closes it. */
  private void restartUntil(TaskRegistry tasks, java.util.function.Predicate<SqliteStore> reached)
      throws Exception {
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime = DurableRuntime.open(store, tasks, clock)) {
      await(() -> reached.test(store));
    }
  }

  /** Opens a new runtime on the database and returns the execution's row once it has ended. */
  private ExecutionRecord restartUntilDone(TaskRegistry tasks) throws Exception {
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime = DurableRuntime.open(store, tasks, clock)) {
      return runtime.completion(ARN).orElseThrow().get(10, TimeUnit.SECONDS);
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s for the condition").isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
