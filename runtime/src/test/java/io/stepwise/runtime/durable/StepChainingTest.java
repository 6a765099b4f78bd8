package io.stepwise.runtime.durable;

import static io.stepwise.runtime.durable.DurableFixtures.json;
import static io.stepwise.runtime.durable.DurableFixtures.request;
import static io.stepwise.runtime.durable.DurableFixtures.storeMachine;
import static io.stepwise.runtime.durable.DurableFixtures.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StepCommit;
import io.stepwise.store.memory.InMemoryStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * States without external effects, and Waits already due, run inside the step that reaches them.
 */
class StepChainingTest {
  private final List<StepCommit> commits = new CopyOnWriteArrayList<>();
  private final FailingCommits store =
      new FailingCommits(
          new InMemoryStore(),
          commit -> {
            commits.add(commit);
            return false;
          });

  private ExecutionRecord run(String definition) throws Exception {
    try (DurableRuntime runtime =
        DurableRuntime.open(store, new TaskRegistry(), new VirtualClock(5_000))) {
      StateMachineRecord machine = storeMachine(store, "Chain", definition);
      StartOutcome.Started started =
          (StartOutcome.Started) runtime.start(request(machine, "c", json("{}")));
      return started.completion().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aPassChoiceAndDueWaitExecutionIsOneCommitWithoutTimers() throws Exception {
    ExecutionRecord row =
        run(
            """
            {"StartAt":"P","States":{
              "P":{"Type":"Pass","Result":{"go":true},"Next":"C"},
              "C":{"Type":"Choice","Choices":[{"Variable":"$.go","BooleanEquals":true,"Next":"W"}],
                "Default":"W"},
              "W":{"Type":"Wait","Timestamp":"1970-01-01T00:00:01Z","Next":"Z"},
              "Z":{"Type":"Wait","Seconds":0,"End":true}}}""");

    assertThat(row.output()).isEqualTo("{\"go\":true}");
    assertThat(commits).singleElement().satisfies(c -> assertThat(c.timersToAdd()).isEmpty());
    assertThat(commits.getFirst().timersToRemove()).isEmpty();
    assertThat(types(store.history(row.arn())))
        .containsExactly(
            "ExecutionStarted",
            "PassStateEntered",
            "PassStateExited",
            "ChoiceStateEntered",
            "ChoiceStateExited",
            "WaitStateEntered",
            "WaitStateExited",
            "WaitStateEntered",
            "WaitStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void aLoopOfDueWaitsStillCommitsAsItGoes() throws Exception {
    ExecutionRecord row =
        run(
            """
            {"StartAt":"Init","States":{
              "Init":{"Type":"Pass","Result":{"n":0},"Next":"W"},
              "W":{"Type":"Wait","Seconds":0,"Next":"Count"},
              "Count":{"Type":"Pass","Parameters":{"n.$":"States.MathAdd($.n, 1)"},"Next":"Done?"},
              "Done?":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericGreaterThanEquals":1500,
                "Next":"End"}],"Default":"W"},
              "End":{"Type":"Succeed"}}}""");

    assertThat(row.output()).isEqualTo("{\"n\":1500}");
    assertThat(commits).hasSizeGreaterThan(1);
  }
}
