package io.stepwise.tasks.executions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.runtime.TaskResult;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * The results of startExecution tasks as AWS gives them: the member names of the AWS SDK for Java
 * (PascalCase) and timestamps in epoch milliseconds. A {@code .sync} task's result is the child's
 * DescribeExecution answer, with {@code Input} and {@code Output} as JSON text, or, for {@code
 * .sync:2}, as JSON values; a child that did not succeed fails the task with {@code
 * States.TaskFailed} and that same answer, as JSON text, as the cause.
 */
final class ChildResults {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUCCEEDED = "SUCCEEDED";

  private ChildResults() {}

  /** StartExecution's answer: the child's ARN and start date. */
  static ObjectNode started(ChildStart.Started started) {
    ObjectNode out = JSON.createObjectNode().put("ExecutionArn", started.executionArn());
    return out.put("StartDate", started.startDate());
  }

  /** The result of a {@code .sync} task whose child has ended, described as {@code described}. */
  static TaskResult ended(ObjectNode described, boolean parsed) {
    ObjectNode out = pascalCase(described);
    if (parsed) {
      parse(out, "Input");
      parse(out, "Output");
    }
    if (SUCCEEDED.equals(out.path("Status").asText())) {
      return TaskResult.success(out);
    }
    return TaskResult.failure(ErrorNames.TASK_FAILED, out.toString());
  }

  /**
   * A refused StartExecution as the task's error: {@code StepFunctions.} and the SDK's exception
   * name, and the message with the service and error code as the SDK words them.
   */
  static TaskResult refused(ChildStart.Refused refused) {
    String type = refused.type();
    String exception = type.endsWith("Exception") ? type : type + "Exception";
    return TaskResult.failure(
        "StepFunctions." + exception,
        refused.message()
            + " (Service: AWSStepFunctions; Status Code: 400; Error Code: "
            + type
            + "; Request ID: "
            + UUID.randomUUID()
            + "; Proxy: null)");
  }

  /** The API's members with their SDK names; its timestamps (epoch seconds) in milliseconds. */
  private static ObjectNode pascalCase(ObjectNode api) {
    ObjectNode out = JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = api.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String name = member.getKey();
      JsonNode value = member.getValue();
      String sdkName = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      if (value instanceof ObjectNode object) {
        out.set(sdkName, pascalCase(object));
      } else if (name.endsWith("Date") && value.isNumber()) {
        out.put(sdkName, value.decimalValue().movePointRight(3).longValue());
      } else {
        out.set(sdkName, value);
      }
    }
    return out;
  }

  private static void parse(ObjectNode out, String member) {
    JsonNode text = out.get(member);
    if (text == null || !text.isTextual()) {
      return;
    }
    try {
      out.set(member, JSON.readTree(text.asText()));
    } catch (JsonProcessingException notJson) {
      // An execution's input and output are JSON by construction; text that is not stays text.
    }
  }
}
