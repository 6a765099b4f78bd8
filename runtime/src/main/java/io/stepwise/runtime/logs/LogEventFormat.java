package io.stepwise.runtime.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryRenderer;
import java.util.List;

/**
 * One history event as AWS Step Functions writes it to CloudWatch Logs: {@code id}, {@code type},
 * {@code details} (the event's details as GetExecutionHistory shows them), {@code
 * previous_event_id}, {@code event_timestamp} (epoch milliseconds), {@code execution_arn} and
 * {@code redrive_count}, every number as a string.
 *
 * <p>Without {@code includeExecutionData} the details leave out the execution's data: inputs,
 * outputs, task parameters, assigned variables and their {@code ...Details}. With it, an input or
 * output whose escaped text passes 248 KB is cut there and its {@code truncated} flag set, as
 * CloudWatch Logs' limits make AWS do.
 */
public final class LogEventFormat {
  static final int PAYLOAD_LIMIT_BYTES = 248 * 1024;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> PAYLOADS = List.of("input", "output");
  private static final List<String> EXECUTION_DATA =
      List.of(
          "input",
          "inputDetails",
          "output",
          "outputDetails",
          "parameters",
          "assignedVariables",
          "assignedVariablesDetails");

  private LogEventFormat() {}

  /** The log event of {@code event}, as one line of JSON. */
  public static String line(
      HistoryEvent event, String executionArn, int redriveCount, boolean includeExecutionData) {
    ObjectNode line = NODES.objectNode();
    line.put("id", Long.toString(event.id()));
    line.put("type", event.type().awsName());
    line.set("details", details(event, includeExecutionData));
    line.put("previous_event_id", Long.toString(event.previousEventId()));
    line.put("event_timestamp", Long.toString(event.timestamp()));
    line.put("execution_arn", executionArn);
    line.put("redrive_count", Integer.toString(redriveCount));
    return line.toString();
  }

  private static ObjectNode details(HistoryEvent event, boolean includeExecutionData) {
    String member = event.type().detailsMember();
    JsonNode rendered = member == null ? null : HistoryRenderer.render(event).get(member);
    ObjectNode details = rendered == null ? NODES.objectNode() : (ObjectNode) rendered;
    if (!includeExecutionData) {
      details.remove(EXECUTION_DATA);
      return details;
    }
    for (String payload : PAYLOADS) {
      JsonNode text = details.get(payload);
      if (text != null && EscapedText.size(text.asText()) > PAYLOAD_LIMIT_BYTES) {
        details.put(payload, EscapedText.cut(text.asText(), PAYLOAD_LIMIT_BYTES));
        details.putObject(payload + "Details").put("truncated", true);
      }
    }
    return details;
  }
}
