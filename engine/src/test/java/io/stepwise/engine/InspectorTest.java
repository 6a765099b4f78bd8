package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static io.stepwise.engine.EngineHarness.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.dataflow.Failure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the engine shows an {@link Inspector} of each state's data flow, retries and catches. */
class InspectorTest {
  static final String FN = "arn:aws:states:::lambda:invoke";

  /** Every call, as text. */
  private static final class Recorder implements Inspector {
    final List<String> seen = new ArrayList<>();

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

  @Test
  void executionsInspectNothingByDefault() {
    assertThat(EngineOptions.defaults().inspector()).isSameAs(Inspector.NONE);
  }
}
