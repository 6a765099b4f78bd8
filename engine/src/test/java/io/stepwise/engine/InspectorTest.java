package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static io.stepwise.engine.EngineHarness.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.state.FailureTolerance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the engine shows an {@link Inspector} of each state's data flow, retries and catches. */
class InspectorTest {
  static final String FN = "arn:aws:states:::lambda:invoke";

  /** Every call, as text; it mocks the iterations of Map states with {@code mocked}, if set. */
  private static final class Recorder implements Inspector {
    final List<String> seen = new ArrayList<>();
    MockedIterations mocked;
    JsonNode context;

    @Override
    public JsonNode contextObject(int thread, String state) {
      return state.equals("P") ? context : null;
    }

    @Override
    public void maxConcurrency(int thread, String state, int maxConcurrency) {
      seen.add(thread + " " + state + " maxConcurrency " + maxConcurrency);
    }

    @Override
    public void toleratedFailures(int thread, String state, FailureTolerance tolerance) {
      seen.add(thread + " " + state + " tolerates " + tolerance);
    }

    @Override
    public MockedIterations mockedIterations(int thread, String state) {
      return mocked;
    }

    @Override
    public void inspect(int thread, String state, Stage stage, JsonNode value) {
      seen.add(thread + " " + state + " " + stage.member() + " " + value);
    }

    @Override
    public void caught(int thread, String state, Failure failure, int catcherIndex) {
      seen.add(thread + " " + state + " caught " + failure.error() + " by " + catcherIndex);
    }

    @Override
    public void retrying(
        int thread, String state, Failure failure, int retrierIndex, long delayMillis) {
      seen.add(
          thread
              + " "
              + state
              + " retry "
              + failure.error()
              + " by "
              + retrierIndex
              + " in "
              + delayMillis);
    }
  }

  @Test
  void passStateShowsEachStepOfItsDataFlow() {
    Recorder recorder = new Recorder();
    given(
            """
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.a",
              "Parameters":{"x.$":"$.b"},"ResultPath":"$.r","End":true}}}""",
            new EngineOptions(() -> 0.5, recorder))
        .run("{'a':{'b':1}}");

    assertThat(recorder.seen)
        .containsExactly(
            "0 P afterInputPath {\"b\":1}",
            "0 P afterParameters {\"x\":1}",
            "0 P afterResultSelector {\"x\":1}",
            "0 P afterResultPath {\"a\":{\"b\":1},\"r\":{\"x\":1}}");
  }

  @Test
  void taskStateShowsItsResultItsRetriesAndTheCatcherThatHandledIt() {
    Recorder recorder = new Recorder();
    var run =
        given(
                """
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","Next":"Done",
                  "Retry":[{"ErrorEquals":["Other"]},{"ErrorEquals":["Flaky"],"MaxAttempts":1}],
                  "Catch":[{"ErrorEquals":["Other"],"Next":"Done"},
                           {"ErrorEquals":["States.ALL"],"Next":"Done"}]},
                  "Done":{"Type":"Succeed"}}}"""
                    .formatted(FN),
                new EngineOptions(() -> 0.5, recorder))
            .task(FN, parameters -> new Command.TaskFailed(0, "Flaky", "it broke"))
            .run("{'a':1}");

    assertThat(run.state().output()).isEqualTo(parse("{'Error':'Flaky','Cause':'it broke'}"));
    assertThat(recorder.seen)
        .containsExactly(
            "0 T afterInputPath {\"a\":1}",
            "0 T afterParameters {\"a\":1}",
            "0 T retry Flaky by 1 in 1000",
            "0 T afterInputPath {\"a\":1}",
            "0 T afterParameters {\"a\":1}",
            "0 T caught Flaky by 1",
            "0 Done afterInputPath {\"Error\":\"Flaky\",\"Cause\":\"it broke\"}");
  }

  private static final String DISTRIBUTED_MAP =
      """
      {"StartAt":"M","States":{"M":{"Type":"Map","InputPath":"$.in","ItemsPath":"$.items",
        "ItemSelector":{"v.$":"$$.Map.Item.Value"},"ItemBatcher":{"MaxItemsPerBatch":2},
        "MaxConcurrency":2,"ToleratedFailureCount":1,"ResultPath":"$.r","End":true,
        "Retry":[{"ErrorEquals":["States.ExceedToleratedFailureThreshold"],"MaxAttempts":1}],
        "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Done"}],
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
          "StartAt":"F","States":{"F":{"Type":"Fail","Error":"Unmocked"}}}},
        "Done":{"Type":"Succeed"}}}""";

  @Test
  void aMockedMapStateShowsItsItemsAndLimitsAndEndsWithTheMockedResult() {
    Recorder recorder = new Recorder();
    recorder.mocked = new Inspector.MockedIterations(parse("['a','b','c']"), null, 1);

    var run =
        given(DISTRIBUTED_MAP, new EngineOptions(() -> 0.5, recorder))
            .run("{'in':{'items':[1,2,3]}}");

    assertThat(run.state().output()).isEqualTo(parse("{'in':{'items':[1,2,3]},'r':['a','b','c']}"));
    assertThat(recorder.seen)
        .containsExactly(
            "0 M afterInputPath {\"items\":[1,2,3]}",
            "0 M afterItemsPath [1,2,3]",
            "0 M maxConcurrency 2",
            "0 M tolerates FailureTolerance[count=1, percentage=-1.0]",
            "0 M afterItemSelector [{\"v\":1},{\"v\":2},{\"v\":3}]",
            "0 M afterItemBatcher [{\"Items\":[{\"v\":1},{\"v\":2}]},{\"Items\":[{\"v\":3}]}]",
            "0 M afterResultSelector [\"a\",\"b\",\"c\"]",
            "0 M afterResultPath {\"in\":{\"items\":[1,2,3]},\"r\":[\"a\",\"b\",\"c\"]}");
  }

  @Test
  void mockedIterationsThatExceedTheToleranceFailTheMapRunWhichIsRetriedThenCaught() {
    Recorder recorder = new Recorder();
    recorder.mocked = new Inspector.MockedIterations(parse("[0,0,1]"), null, 2);

    var run =
        given(DISTRIBUTED_MAP, new EngineOptions(() -> 0.5, recorder))
            .run("{'in':{'items':[1,2,3]}}");

    assertThat(run.state().output().path("Error").asText())
        .isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(recorder.seen)
        .contains(
            "0 M retry States.ExceedToleratedFailureThreshold by 0 in 1000",
            "0 M caught States.ExceedToleratedFailureThreshold by 0");
    // No child execution starts: the execution's own ExecutionStarted is the only one.
    assertThat(run.types().stream().filter("ExecutionStarted"::equals)).hasSize(1);
    assertThat(run.types()).containsSequence("MapRunFailed", "MapStateStarted");
  }

  @Test
  void aMockedFailureFailsTheMapStateWithoutIterations() {
    Recorder recorder = new Recorder();
    recorder.mocked = new Inspector.MockedIterations(null, new Failure("Mocked", "why"), 0);

    var run =
        given(
                """
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
                  "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}""",
                new EngineOptions(() -> 0.5, recorder))
            .run("[1,2]");

    assertThat(run.state().error()).isEqualTo("Mocked");
    assertThat(run.state().cause()).isEqualTo("why");
    assertThat(run.types()).doesNotContain("MapIterationStarted");
  }

  @Test
  void aStateSeesTheContextObjectATestGivesIt() {
    Recorder recorder = new Recorder();
    recorder.context = parse("{'Execution':{'Name':'given'}}");

    var run =
        given(
                """
                {"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"n.$":"$$.Execution.Name",
                  "all.$":"$$"},"Next":"Q"},
                  "Q":{"Type":"Pass","Parameters":{"n.$":"$$.Execution.Name"},"End":true}}}""",
                new EngineOptions(() -> 0.5, recorder))
            .run("{}");

    assertThat(recorder.seen)
        .contains(
            "0 P afterParameters {\"n\":\"given\",\"all\":{\"Execution\":{\"Name\":\"given\"}}}");
    assertThat(run.state().output().path("n").asText()).isNotEqualTo("given");
  }

  @Test
  void executionsInspectNothingByDefault() {
    assertThat(EngineOptions.defaults().inspector()).isSameAs(Inspector.NONE);
  }
}
