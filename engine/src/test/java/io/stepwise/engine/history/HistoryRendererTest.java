package io.stepwise.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.dataflow.Failure;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryRendererTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void everyTypeNamesTheDetailsMemberOfAws() {
    // AWS's 62 types and Stepwise's own MapRunUpdated, which no rendered history shows.
    assertThat(HistoryEventType.values()).hasSize(63);
    assertThat(HistoryEventType.MAP_RUN_UPDATED.detailsMember()).isNull();
    assertThat(HistoryEventType.FAIL_STATE_ENTERED.detailsMember())
        .isEqualTo("stateEnteredEventDetails");
    assertThat(HistoryEventType.MAP_ITERATION_FAILED.detailsMember())
        .isEqualTo("mapIterationFailedEventDetails");
    assertThat(HistoryEventType.PARALLEL_STATE_SUCCEEDED.detailsMember()).isNull();
    assertThat(HistoryEventType.EVALUATION_FAILED.awsName()).isEqualTo("EvaluationFailed");
  }

  @Test
  void payloadsAreJsonTextWithTheirTruncatedFlag() throws Exception {
    var event =
        new HistoryEvent(
            3,
            2,
            1_700_000_000_005L,
            HistoryEventType.PASS_STATE_EXITED,
            new EventDetails.StateExited("P", json("{'a':[1,2]}"), "Next"),
            0);

    JsonNode rendered = HistoryRenderer.render(event);

    assertThat(rendered.get("timestamp").decimalValue()).isEqualByComparingTo("1700000000.005");
    assertThat(rendered.get("type").asText()).isEqualTo("PassStateExited");
    assertThat(rendered.get("id").asLong()).isEqualTo(3);
    assertThat(rendered.get("previousEventId").asLong()).isEqualTo(2);
    JsonNode details = rendered.get("stateExitedEventDetails");
    assertThat(details.get("name").asText()).isEqualTo("P");
    assertThat(details.get("output").asText()).isEqualTo("{\"a\":[1,2]}");
    assertThat(details.get("outputDetails")).isEqualTo(json("{'truncated':false}"));
    assertThat(details.has("next")).isFalse();
  }

  @Test
  void engineOnlyDetailsAreNotShown() throws Exception {
    var failed =
        new HistoryEvent(
            9,
            7,
            0,
            HistoryEventType.MAP_STATE_FAILED,
            new EventDetails.StateFailed(new Failure("E", "C")),
            0);
    var iteration =
        new HistoryEvent(
            8,
            7,
            0,
            HistoryEventType.MAP_ITERATION_FAILED,
            new EventDetails.MapIteration("M", 0, new Failure("E", "C")),
            1);

    JsonNode body = HistoryRenderer.render(List.of(iteration, failed));

    assertThat(body.get("events").get(0).get("mapIterationFailedEventDetails"))
        .isEqualTo(json("{'name':'M','index':0}"));
    assertThat(body.get("events").get(1).size()).isEqualTo(4);
  }

  @Test
  void taskScheduledShowsParametersAsTextAndOptionalTimeouts() throws Exception {
    var event =
        new HistoryEvent(
            3,
            2,
            0,
            HistoryEventType.TASK_SCHEDULED,
            new EventDetails.TaskScheduled(
                "lambda", "invoke", "us-east-1", json("{'x':1}"), 30L, null),
            0);

    JsonNode details = HistoryRenderer.render(event).get("taskScheduledEventDetails");

    assertThat(details.get("parameters").asText()).isEqualTo("{\"x\":1}");
    assertThat(details.get("timeoutInSeconds").asLong()).isEqualTo(30);
    assertThat(details.has("heartbeatInSeconds")).isFalse();
  }
}
