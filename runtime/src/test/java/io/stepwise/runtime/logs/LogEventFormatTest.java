package io.stepwise.runtime.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogEventFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXECUTION =
      "arn:aws:states:us-east-1:123456789012:execution:Orders:order-1";
  private static final String ROLE = "arn:aws:iam::123456789012:role/orders";

  private static HistoryEvent event(
      long id, long previous, HistoryEventType type, EventDetails details) {
    return new HistoryEvent(id, previous, 1_700_000_000_123L + id, type, details, 0);
  }

  private static JsonNode read(String line) throws Exception {
    return JSON.readTree(line);
  }

  @Test
  void anEventIsOneLineInAwsFieldsAndOrder() {
    HistoryEvent started =
        event(
            1,
            0,
            HistoryEventType.EXECUTION_STARTED,
            new EventDetails.ExecutionStarted(JSON.createObjectNode().put("a", 1), ROLE));

    String line = LogEventFormat.line(started, EXECUTION, 0, true);

    assertThat(line)
        .isEqualTo(
            "{\"id\":\"1\",\"type\":\"ExecutionStarted\",\"details\":{\"input\":\"{\\\"a\\\":1}\","
                + "\"inputDetails\":{\"truncated\":false},\"roleArn\":\""
                + ROLE
                + "\"},\"previous_event_id\":\"0\",\"event_timestamp\":\"1700000000124\","
                + "\"execution_arn\":\""
                + EXECUTION
                + "\",\"redrive_count\":\"0\"}");
  }

  @Test
  void withoutExecutionDataInputsOutputsAndParametersAreLeftOut() throws Exception {
    JsonNode input = JSON.createObjectNode().put("secret", "s3cr3t");
    HistoryEvent entered =
        event(
            2,
            0,
            HistoryEventType.TASK_STATE_ENTERED,
            new EventDetails.StateEntered("Charge", input));
    HistoryEvent scheduled =
        event(
            3,
            2,
            HistoryEventType.TASK_SCHEDULED,
            new EventDetails.TaskScheduled("lambda", "invoke", "us-east-1", input, null, null));
    HistoryEvent exited =
        event(
            4,
            3,
            HistoryEventType.TASK_STATE_EXITED,
            new EventDetails.StateExited("Charge", input, null, Map.of("x", input)));

    assertThat(read(LogEventFormat.line(entered, EXECUTION, 0, false)).get("details"))
        .isEqualTo(JSON.createObjectNode().put("name", "Charge"));
    assertThat(read(LogEventFormat.line(scheduled, EXECUTION, 0, false)).get("details"))
        .isEqualTo(
            JSON.createObjectNode()
                .put("resourceType", "lambda")
                .put("resource", "invoke")
                .put("region", "us-east-1"));
    assertThat(read(LogEventFormat.line(exited, EXECUTION, 0, false)).get("details"))
        .isEqualTo(JSON.createObjectNode().put("name", "Charge"));
  }

  @Test
  void errorsAreLoggedWithOrWithoutExecutionData() throws Exception {
    HistoryEvent failed =
        event(
            3,
            2,
            HistoryEventType.EXECUTION_FAILED,
            new EventDetails.ErrorDetails("SomeFailure", "It broke."));

    JsonNode line = read(LogEventFormat.line(failed, EXECUTION, 2, false));

    assertThat(line.get("details"))
        .isEqualTo(JSON.createObjectNode().put("error", "SomeFailure").put("cause", "It broke."));
    assertThat(line.get("previous_event_id").asText()).isEqualTo("2");
    assertThat(line.get("redrive_count").asText()).isEqualTo("2");
  }

  @Test
  void anEventWithoutDetailsHasEmptyDetails() throws Exception {
    HistoryEvent succeeded =
        event(7, 6, HistoryEventType.MAP_STATE_SUCCEEDED, new EventDetails.None());

    assertThat(read(LogEventFormat.line(succeeded, EXECUTION, 0, true)).get("details"))
        .isEqualTo(JSON.createObjectNode());
  }

  @Test
  void anOutputPastTheLimitIsCutAndMarkedTruncated() throws Exception {
    String big = "\"".repeat(LogEventFormat.PAYLOAD_LIMIT_BYTES);
    HistoryEvent succeeded =
        event(
            5,
            4,
            HistoryEventType.EXECUTION_SUCCEEDED,
            new EventDetails.ExecutionSucceeded(TextNode.valueOf(big)));

    JsonNode details = read(LogEventFormat.line(succeeded, EXECUTION, 0, true)).get("details");

    String output = details.get("output").asText();
    assertThat(EscapedText.size(output)).isLessThanOrEqualTo(LogEventFormat.PAYLOAD_LIMIT_BYTES);
    assertThat(TextNode.valueOf(big).toString()).startsWith(output);
    assertThat(output.length()).isGreaterThan(LogEventFormat.PAYLOAD_LIMIT_BYTES / 4);
    assertThat(details.get("outputDetails").get("truncated").asBoolean()).isTrue();
  }

  @Test
  void anOutputWithinTheLimitIsWhole() throws Exception {
    HistoryEvent succeeded =
        event(
            5,
            4,
            HistoryEventType.EXECUTION_SUCCEEDED,
            new EventDetails.ExecutionSucceeded(TextNode.valueOf("done")));

    JsonNode details = read(LogEventFormat.line(succeeded, EXECUTION, 0, true)).get("details");

    assertThat(details.get("output").asText()).isEqualTo("\"done\"");
    assertThat(details.get("outputDetails").get("truncated").asBoolean()).isFalse();
  }
}
