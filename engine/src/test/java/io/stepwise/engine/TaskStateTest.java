package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static io.stepwise.engine.EngineHarness.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TaskStateTest {
  static final String FN = "arn:aws:states:::lambda:invoke";

  static Command succeed(String json) {
    return new Command.TaskSucceeded(0, parse(json));
  }

  static Command fail(String error) {
    return new Command.TaskFailed(0, error, "it broke");
  }

  @Test
  void taskResultFlowsThroughResultSelectorResultPathAndOutputPath() {
    var run =
        given(
                """
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s",
                  "Parameters":{"x.$":"$.a"},"ResultSelector":{"y.$":"$.out"},
                  "ResultPath":"$.res","OutputPath":"$.res","End":true}}}"""
                    .formatted(FN))
            .task(FN, parameters -> succeed("{'out':" + parameters.get("x") + "}"))
            .run("{'a':42}");

    assertThat(run.state().output()).isEqualTo(parse("{'y':42}"));
    assertThat(run.links())
        .containsExactly(
            "1/0 ExecutionStarted",
            "2/0 TaskStateEntered",
            "3/2 TaskScheduled",
            "4/3 TaskStarted",
            "5/4 TaskSucceeded",
            "6/5 TaskStateExited",
            "7/6 ExecutionSucceeded");
    var scheduled = (EventDetails.TaskScheduled) run.history().get(2).details();
    assertThat(scheduled.resourceType()).isEqualTo("lambda");
    assertThat(scheduled.resource()).isEqualTo("invoke");
    assertThat(scheduled.parameters()).isEqualTo(parse("{'x':42}"));
  }

  @Test
  void retryWaitsIntervalTimesBackoffBetweenAttempts() {
    AtomicInteger calls = new AtomicInteger();
    var run =
        given(
                """
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","End":true,
                  "Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":2,"BackoffRate":3,"MaxAttempts":3}]}}}"""
                    .formatted(FN))
            .task(FN, p -> calls.incrementAndGet() < 3 ? fail("Flaky") : succeed("'ok'"))
            .run("{}");

    assertThat(run.state().output()).isEqualTo(parse("'ok'"));
    assertThat(scheduledOffsets(run)).containsExactly(0L, 2_000L, 8_000L);
    assertThat(run.types())
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
    assertThat(run.links()).contains("6/5 TaskScheduled", "9/8 TaskScheduled");
  }

  @Test
  void maxDelaySecondsCapsTheBackoffAndFullJitterScalesIt() {
    String definition =
        """
        {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","End":true,
          "Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":10,"BackoffRate":10,
                    "MaxAttempts":2,"MaxDelaySeconds":15,"JitterStrategy":"%s"}]}}}""";
    var capped = given(definition.formatted(FN, "NONE")).task(FN, p -> fail("E")).run("{}");
    var jittered =
        given(definition.formatted(FN, "FULL"), new EngineOptions(() -> 0.5))
            .task(FN, p -> fail("E"))
            .run("{}");

    assertThat(scheduledOffsets(capped)).containsExactly(0L, 10_000L, 25_000L);
    assertThat(scheduledOffsets(jittered)).containsExactly(0L, 5_000L, 12_500L);
    assertThat(capped.state().error()).isEqualTo("E");
  }

  @Test
  void maxAttemptsZeroNeverRetriesAndTheFirstMatchingRetrierDecides() {
    AtomicInteger calls = new AtomicInteger();
    var run =
        given(
                """
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","End":true,
                  "Retry":[{"ErrorEquals":["E"],"MaxAttempts":0},
                           {"ErrorEquals":["States.ALL"],"MaxAttempts":5}]}}}"""
                    .formatted(FN))
            .task(
                FN,
                p -> {
                  calls.incrementAndGet();
                  return fail("E");
                })
            .run("{}");

    assertThat(calls).hasValue(1);
    assertThat(run.state().status()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void catchLeavesTheStateWithTheErrorOutputAtItsResultPath() {
    var run =
        given(
                """
                {"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"%s","Next":"Never",
                       "Catch":[{"ErrorEquals":["Other"],"Next":"Never"},
                                {"ErrorEquals":["States.ALL"],"ResultPath":"$.err","Next":"Handled"}]},
                  "Never":{"Type":"Fail","Error":"Wrong"},
                  "Handled":{"Type":"Pass","End":true}}}"""
                    .formatted(FN))
            .task(FN, p -> fail("Boom"))
            .run("{'a':1}");

    assertThat(run.state().output())
        .isEqualTo(parse("{'a':1,'err':{'Error':'Boom','Cause':'it broke'}}"));
    assertThat(run.links())
        .containsSequence("5/4 TaskFailed", "6/5 TaskStateExited", "7/6 PassStateEntered");
  }

  @Test
  void statesAllDoesNotCatchStatesRuntime() {
    var run =
        given(
                """
                {"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"%s","OutputPath":"$.missing","Next":"H",
                       "Catch":[{"ErrorEquals":["States.ALL"],"Next":"H"}]},
                  "H":{"Type":"Succeed"}}}"""
                    .formatted(FN))
            .task(FN, p -> succeed("{}"))
            .run("{}");

    assertThat(run.state().error()).isEqualTo("States.Runtime");
  }

  @Test
  void timeoutSecondsFailsTheTaskWithStatesTimeout() {
    var run =
        given(
                """
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","TimeoutSeconds":5,"End":true}}}"""
                    .formatted(FN))
            .run("{}");

    assertThat(run.state().error()).isEqualTo("States.Timeout");
    assertThat(run.now() - EngineHarness.START).isEqualTo(5_000L);
    assertThat(run.types()).contains("TaskTimedOut");
  }

  @Test
  void heartbeatSecondsFailsATaskThatSendsNoHeartbeat() {
    var run =
        given(
                """
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","TimeoutSeconds":60,
                  "HeartbeatSeconds":10,"End":true}}}"""
                    .formatted(FN))
            .run("{}");

    assertThat(run.state().error()).isEqualTo("States.HeartbeatTimeout");
    assertThat(run.now() - EngineHarness.START).isEqualTo(10_000L);
  }

  private static List<Long> scheduledOffsets(EngineHarness run) {
    return run.history().stream()
        .filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED)
        .map(HistoryEvent::timestamp)
        .map(t -> t - EngineHarness.START)
        .toList();
  }
}
