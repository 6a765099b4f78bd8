package io.stepwise.engine.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a history in the shape of AWS's {@code GetExecutionHistory} response: timestamps in epoch
 * seconds with a fraction, inputs and outputs as JSON text with their {@code truncated} flag.
 */
public final class HistoryRenderer {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private HistoryRenderer() {}

  /** The response body {@code {"events": [...]}}. */
  public static ObjectNode render(List<HistoryEvent> events) {
    ObjectNode body = NODES.objectNode();
    ArrayNode array = body.putArray("events");
    for (HistoryEvent event : events) {
      array.add(render(event));
    }
    return body;
  }

  /** One event as AWS writes it. */
  public static ObjectNode render(HistoryEvent event) {
    ObjectNode node = NODES.objectNode();
    node.set("timestamp", NODES.numberNode(BigDecimal.valueOf(event.timestamp(), 3)));
    node.put("type", event.type().awsName());
    node.put("id", event.id());
    node.put("previousEventId", event.previousEventId());
    String member = event.type().detailsMember();
    if (member != null) {
      node.set(member, details(event.details(), event.type()));
    }
    return node;
  }

  /**
   * The details in AWS's shape. The events of a legacy Lambda task and of an activity share the
   * task events' records, but AWS shows them without resourceType and region, and the scheduled
   * input where a task shows its parameters.
   */
  private static ObjectNode details(EventDetails details, HistoryEventType type) {
    boolean lambdaFunction = type.isLegacyTask();
    ObjectNode node = NODES.objectNode();
    switch (details) {
      case EventDetails.None none -> {}
      case EventDetails.ExecutionStarted d -> {
        payload(node, "input", d.input());
        putIfPresent(node, "roleArn", d.roleArn());
      }
      case EventDetails.ChildExecutionStarted d -> {
        payload(node, "input", d.input());
        putIfPresent(node, "roleArn", d.roleArn());
      }
      case EventDetails.ExecutionSucceeded d -> payload(node, "output", d.output());
      case EventDetails.ErrorDetails d -> errorAndCause(node, d.error(), d.cause());
      case EventDetails.StateEntered d -> {
        node.put("name", d.name());
        payload(node, "input", d.input());
      }
      case EventDetails.StateExited d -> {
        node.put("name", d.name());
        payload(node, "output", d.output());
        assignedVariables(node, d.assignedVariables());
      }
      case EventDetails.MapStateStarted d -> node.put("length", d.length());
      case EventDetails.MapIteration d -> {
        node.put("name", d.name());
        node.put("index", d.index());
      }
      case EventDetails.TaskScheduled d -> {
        if (lambdaFunction) {
          legacyScheduled(node, d, type == HistoryEventType.ACTIVITY_SCHEDULED);
        } else {
          taskScheduled(node, d);
        }
      }
      case EventDetails.TaskStarted d -> resource(node, d.resourceType(), d.resource());
      case EventDetails.TaskSubmitted d -> {
        resource(node, d.resourceType(), d.resource());
        payload(node, "output", d.output());
      }
      case EventDetails.ActivityStarted d -> putIfPresent(node, "workerName", d.workerName());
      case EventDetails.TaskSucceeded d -> {
        if (!lambdaFunction) {
          resource(node, d.resourceType(), d.resource());
        }
        payload(node, "output", d.output());
      }
      case EventDetails.TaskFailed d -> {
        if (!lambdaFunction) {
          resource(node, d.resourceType(), d.resource());
        }
        errorAndCause(node, d.error(), d.cause());
      }
      case EventDetails.StateFailed d -> {}
      case EventDetails.MapRunStarted d -> node.put("mapRunArn", d.mapRunArn());
      case EventDetails.MapRunSucceeded d -> {}
      case EventDetails.MapRunUpdated d -> {}
      case EventDetails.MapRunRedriven d ->
          node.put("mapRunArn", d.mapRunArn()).put("redriveCount", d.redriveCount());
      case EventDetails.MapRunFailed d -> errorAndCause(node, d.error(), d.cause());
      case EventDetails.ExecutionRedriven d -> node.put("redriveCount", d.redriveCount());
      case EventDetails.EvaluationFailed d -> {
        errorAndCause(node, d.error(), d.cause());
        putIfPresent(node, "location", d.location());
        node.put("state", d.state());
      }
    }
    return node;
  }

  private static void taskScheduled(ObjectNode node, EventDetails.TaskScheduled d) {
    resource(node, d.resourceType(), d.resource());
    node.put("region", d.region());
    node.put("parameters", d.parameters().toString());
    if (d.timeoutInSeconds() != null) {
      node.put("timeoutInSeconds", d.timeoutInSeconds());
    }
    if (d.heartbeatInSeconds() != null) {
      node.put("heartbeatInSeconds", d.heartbeatInSeconds());
    }
  }

  /**
   * A legacy Lambda function's or an activity's scheduling: the resource, its input, and its
   * timeouts (a Lambda function has no heartbeat).
   */
  private static void legacyScheduled(
      ObjectNode node, EventDetails.TaskScheduled d, boolean activity) {
    node.put("resource", d.resource());
    payload(node, "input", d.parameters());
    if (d.timeoutInSeconds() != null) {
      node.put("timeoutInSeconds", d.timeoutInSeconds());
    }
    if (activity && d.heartbeatInSeconds() != null) {
      node.put("heartbeatInSeconds", d.heartbeatInSeconds());
    }
  }

  private static void payload(ObjectNode node, String field, JsonNode value) {
    node.put(field, value.toString());
    node.putObject(field + "Details").put("truncated", false);
  }

  /** AWS shows each assigned value as JSON text, and the details of the whole map. */
  private static void assignedVariables(ObjectNode node, Map<String, JsonNode> variables) {
    if (variables == null) {
      return;
    }
    ObjectNode assigned = node.putObject("assignedVariables");
    variables.forEach((name, value) -> assigned.put(name, value.toString()));
    node.putObject("assignedVariablesDetails").put("truncated", false);
  }

  private static void resource(ObjectNode node, String resourceType, String resource) {
    node.put("resourceType", resourceType);
    node.put("resource", resource);
  }

  private static void errorAndCause(ObjectNode node, String error, String cause) {
    putIfPresent(node, "error", error);
    putIfPresent(node, "cause", cause);
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
