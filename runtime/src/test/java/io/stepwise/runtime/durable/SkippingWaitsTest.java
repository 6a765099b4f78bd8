package io.stepwise.runtime.durable;

import static io.stepwise.runtime.durable.DurableFixtures.json;
import static io.stepwise.runtime.durable.DurableFixtures.request;
import static io.stepwise.runtime.durable.DurableFixtures.storeMachine;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.memory.InMemoryStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** On a clock that skips waits, the runtime moves time to its next timer whenever it is idle. */
class SkippingWaitsTest {
  private static final long T0 = 1_700_000_000_000L;
  private static final String SLOW = "arn:aws:lambda:us-east-1:123456789012:function:slow";

  private final InMemoryStore store = new InMemoryStore();
  private final VirtualClock clock = VirtualClock.skippingWaits(T0);

  @Test
  void aWaitOfAnHourEndsAtOnceAtItsDueTime() throws Exception {
    try (DurableRuntime runtime = DurableRuntime.open(store, new TaskRegistry(), clock)) {
      StateMachineRecord machine =
          storeMachine(
              store,
              "Hour",
              """
              {"StartAt":"W","States":{
                "W":{"Type":"Wait","Seconds":3600,"Next":"V"},
                "V":{"Type":"Wait","Seconds":60,"End":true}}}""");
      ExecutionRecord row = run(runtime, machine);

      assertThat(row.status().name()).isEqualTo("SUCCEEDED");
      assertThat(timestampOf(row, "ExecutionSucceeded")).isEqualTo(T0 + 3_660_000);
      assertThat(clock.millis()).isEqualTo(T0 + 3_660_000);
    }
  }

  /**
   * A task in flight may still report before the timer is due, so time stands still until it has
   * reported: the task succeeds at the start time, and the branch's Wait still ends on time.
   */
  @Test
  void timeStandsStillWhileATaskIsInFlight() throws Exception {
    CompletableFuture<TaskResult> slow = new CompletableFuture<>();
    TaskRegistry tasks = new TaskRegistry().register(SLOW, (parameters, context) -> slow);
    try (DurableRuntime runtime = DurableRuntime.open(store, tasks, clock)) {
      StateMachineRecord machine =
          storeMachine(
              store,
              "Both",
              """
              {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
                {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":10,"End":true}}},
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","End":true}}}]}}}"""
                  .formatted(SLOW));
      StartOutcome.Started started =
          (StartOutcome.Started) runtime.start(request(machine, "both", json("{}")));
      Thread.sleep(200);
      assertThat(clock.millis()).isEqualTo(T0);

      slow.complete(TaskResult.success(json("{\"done\":true}")));
      ExecutionRecord row = started.completion().get(10, TimeUnit.SECONDS);

      assertThat(timestampOf(row, "LambdaFunctionSucceeded")).isEqualTo(T0);
      assertThat(timestampOf(row, "WaitStateExited")).isEqualTo(T0 + 10_000);
    }
  }

  private static ExecutionRecord run(DurableRuntime runtime, StateMachineRecord machine)
      throws Exception {
    StartOutcome.Started started =
        (StartOutcome.Started) runtime.start(request(machine, "run", json("{}")));
    return started.completion().get(10, TimeUnit.SECONDS);
  }

  private long timestampOf(ExecutionRecord row, String type) {
    List<HistoryEvent> history = store.executions().history(row.arn());
    return history.stream()
        .filter(event -> event.type().awsName().equals(type))
        .findFirst()
        .orElseThrow()
        .timestamp();
  }
}
