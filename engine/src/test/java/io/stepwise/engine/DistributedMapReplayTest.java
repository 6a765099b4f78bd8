package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A distributed Map whose state is rebuilt from its events at some point (a restart) goes on
 * exactly as the same execution without the restart: the rebuilt state keeps its items, the input
 * of each child execution and the settings that UpdateMapRun gave its Map Run.
 */
class DistributedMapReplayTest {
  static final String FN = "arn:aws:states:::lambda:invoke";
  static final String READER = "arn:aws:states:::s3:getObject";
  static final String WRITER = "arn:aws:states:::s3:putObject";

  private static final Function<JsonNode, Command> TENFOLD =
      parameters ->
          parameters.path("Payload").path("v").asInt() == 2
              ? new Command.TaskFailed(0, "Two", "two fails")
              : new Command.TaskSucceeded(
                  0, EngineHarness.parse("" + parameters.path("Payload").path("v").asInt() * 10));

  private static String definition(String reader, String writer) {
    return """
        {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"MaxConcurrency":1,
          "ItemsPath":"$.items",%s%s
          "ItemSelector":{"v.$":"$$.Map.Item.Value","at.$":"$$.Map.Item.Index"},
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
            "StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s",
              "Parameters":{"Payload.$":"$"},"End":true}}}}}}"""
        .formatted(reader, writer, FN);
  }

  /**
   * Runs the execution through {@code steps} once straight and once with a restart before and after
   * each step; both end the same.
   */
  @SafeVarargs
  private static void sameWithAndWithoutRestarts(
      String definition, String input, Consumer<EngineHarness>... steps) {
    EngineHarness straight = given(definition).run(input);
    EngineHarness restarted = given(definition).run(input).restart();
    for (Consumer<EngineHarness> step : steps) {
      step.accept(straight);
      step.accept(restarted);
      restarted.restart();
    }

    assertThat(restarted.journal()).isEqualTo(straight.journal());
    assertThat(restarted.state().snapshot()).isEqualTo(straight.state().snapshot());
    assertThat(restarted.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void itemsFromTheInputAndAnUpdateSurviveRestartsBeforeAndDuringTheChildExecutions() {
    sameWithAndWithoutRestarts(
        definition("", ""),
        "{'items':[1,2,3,4]}",
        run -> run.send(new Command.UpdateMapRun(UpdateMapRunTest.mapRunArn(run), 2, 1L, null)),
        run -> run.task(FN, TENFOLD).proceed());
  }

  @Test
  void itemsReadAndResultsToWriteSurviveRestartsBeforeDuringAndAfterTheChildExecutions() {
    String reader =
        """
        "ItemReader":{"Resource":"%s","Parameters":{"Bucket":"b","Key":"k"}},"""
            .formatted(READER);
    String writer =
        """
        "ResultWriter":{"Resource":"%s","Parameters":{"Bucket":"b","Prefix":"p"}},"""
            .formatted(WRITER);
    sameWithAndWithoutRestarts(
        definition(reader, writer),
        "{}",
        run -> run.task(READER, parameters -> succeeded("[1,3,5]")).proceed(),
        run -> run.task(FN, TENFOLD).proceed(),
        run -> {
          assertThat(run.pendingTask(WRITER).parameters().get("Executions")).hasSize(3);
          run.task(WRITER, parameters -> succeeded("{'written':true}")).proceed();
        });
  }

  private static Command succeeded(String output) {
    return new Command.TaskSucceeded(0, EngineHarness.parse(output));
  }
}
