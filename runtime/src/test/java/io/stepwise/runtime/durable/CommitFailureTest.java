package io.stepwise.runtime.durable;

import static io.stepwise.runtime.durable.DurableFixtures.DOUBLE;
import static io.stepwise.runtime.durable.DurableFixtures.entries;
import static io.stepwise.runtime.durable.DurableFixtures.json;
import static io.stepwise.runtime.durable.DurableFixtures.request;
import static io.stepwise.runtime.durable.DurableFixtures.storeMachine;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.memory.InMemoryStore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A step that cannot be committed leaves the live state ahead of the store: the runtime drops it
 * and rebuilds the execution from its stored history, dispatching its task again.
 */
class CommitFailureTest {

  @Test
  void anExecutionWhoseStepFailedToCommitIsRebuiltAndFinishes() throws Exception {
    AtomicInteger failuresLeft = new AtomicInteger(1);
    AtomicInteger calls = new AtomicInteger();
    FailingCommits store =
        new FailingCommits(
            new InMemoryStore(),
            commit ->
                commit.created() == null
                    && !commit.tasksToRemove().isEmpty()
                    && failuresLeft.getAndDecrement() > 0);
    TaskRegistry tasks =
        new TaskRegistry()
            .register(
                DOUBLE,
                TaskInvoker.of(
                    p -> {
                      calls.incrementAndGet();
                      return json("" + p.get("n").asInt() * 2);
                    }));
    try (DurableRuntime runtime = DurableRuntime.open(store, tasks, new VirtualClock(0))) {
      StateMachineRecord machine =
          storeMachine(
              store,
              "Flaky",
              """
              {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","End":true}}}"""
                  .formatted(DOUBLE));
      StartOutcome.Started started =
          (StartOutcome.Started) runtime.start(request(machine, "f", json("{'n':21}")));

      ExecutionRecord row = started.completion().get(10, TimeUnit.SECONDS);

      assertThat(row.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(row.output()).isEqualTo("42");
      assertThat(calls).as("the task is dispatched again after the rebuild").hasValue(2);
      assertThat(entries(store.history(row.arn())).values()).containsOnly(1L);
      assertThat(store.pendingTasks()).isEmpty();
    }
  }
}
