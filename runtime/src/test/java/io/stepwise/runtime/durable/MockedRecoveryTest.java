package io.stepwise.runtime.durable;

import static io.stepwise.runtime.durable.DurableFixtures.json;
import static io.stepwise.runtime.durable.DurableFixtures.request;
import static io.stepwise.runtime.durable.DurableFixtures.storeMachine;
import static io.stepwise.runtime.durable.DurableFixtures.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.runtime.mocks.MockConfig;
import io.stepwise.runtime.mocks.MockConfigParser;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mocked execution whose server restarts between its attempts: each new runtime derives the next
 * invocation index from the stored history, so the attempts take the answers 0, 1 and 2 in turn.
 */
class MockedRecoveryTest {
  private static final String MACHINE = "Orders";
  private static final String CHARGE = "arn:aws:states:::lambda:invoke";
  private static final String DEFINITION =
      """
      {"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"%s",
        "Retry":[{"ErrorEquals":["Lambda.TooManyRequestsException"],"IntervalSeconds":60,
                  "MaxAttempts":3}],
        "End":true}}}"""
          .formatted(CHARGE);
  private static final MockConfig MOCKS =
      MockConfigParser.parse(
              json(
                  """
                  {'StateMachines':{'Orders':{'TestCases':{'RetryPath':{'Charge':'ChargeRetry'}}}},
                   'MockedResponses':{'ChargeRetry':{
                     '0':{'Throw':{'Error':'Lambda.TooManyRequestsException','Cause':'first'}},
                     '1':{'Throw':{'Error':'Lambda.TooManyRequestsException','Cause':'second'}},
                     '2':{'Return':{'charged':true}}}}}"""))
          .config();

  @TempDir Path directory;
  private final VirtualClock clock = new VirtualClock(DurableRuntimeContract.T0);

  @Test
  void theInvocationIndexOfAMockedStateSurvivesRestarts() throws Exception {
    String arn = RecoveryTest.arn(MACHINE, "r");
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime =
            DurableRuntime.open(store, new TaskRegistry(), clock, MOCKS, null)) {
      StateMachineRecord machine = storeMachine(store, MACHINE, DEFINITION);
      runtime.start(request(machine, "r", json("{}"), "RetryPath"));
      awaitFailures(store, arn, 1);
    }
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime =
            DurableRuntime.open(store, new TaskRegistry(), clock, MOCKS, null)) {
      clock.advanceBy(Duration.ofSeconds(61));
      awaitFailures(store, arn, 2);
    }
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime =
            DurableRuntime.open(store, new TaskRegistry(), clock, MOCKS, null)) {
      var completion = runtime.completion(arn).orElseThrow();
      clock.advanceBy(Duration.ofSeconds(121));
      ExecutionRecord row = completion.get(10, TimeUnit.SECONDS);

      assertThat(row.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(row.testCase()).isEqualTo("RetryPath");
      assertThat(json(row.output())).isEqualTo(json("{'charged':true}"));
      assertThat(types(store.executions().history(arn)))
          .containsExactly(
              "ExecutionStarted",
              "TaskStateEntered",
              "TaskScheduled",
              "TaskStarted",
              "TaskFailed",
              "TaskScheduled",
              "TaskStarted",
              "TaskFailed",
              "TaskScheduled",
              "TaskStarted",
              "TaskSucceeded",
              "TaskStateExited",
              "ExecutionSucceeded");
    }
  }

  /** Waits until the history has {@code count} TaskFailed events and a retry timer is stored. */
  private static void awaitFailures(SqliteStore store, String arn, int count) throws Exception {
    await(
        () ->
            Collections.frequency(types(store.executions().history(arn)), "TaskFailed") == count
                && !store.executions().timers(arn).isEmpty());
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s for the execution").isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
