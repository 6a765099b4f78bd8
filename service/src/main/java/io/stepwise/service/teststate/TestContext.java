package io.stepwise.service.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.step.TaskResource;
import io.stepwise.service.api.ApiError;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code context} of a TestState request: the context object ({@code $$}) the tested state sees
 * instead of its own, checked as AWS checks it. It holds only the members of a context object
 * (Execution, State, StateMachine, and Task for a state that passes a task token), each with its
 * own fields; a Map member is refused, since the state is not an iteration.
 */
final class TestContext {

  /** The fields of each member, and whether each holds text (the others hold any JSON). */
  private static final Map<String, Map<String, Boolean>> MEMBERS =
      Map.of(
          "Execution",
          Map.of(
              "Id", true,
              "Input", false,
              "Name", true,
              "RoleArn", true,
              "StartTime", true,
              "RedriveCount", false,
              "RedriveTime", true),
          "State",
          Map.of("EnteredTime", true, "Name", true, "RetryCount", false),
          "StateMachine",
          Map.of("Id", true, "Name", true),
          "Task",
          Map.of("Token", true));

  private TestContext() {}

  /** The problem AWS finds in {@code context} given to {@code state}, if any. */
  static Optional<ApiError> problem(JsonNode context, ObjectNode state) {
    if (!context.isObject()) {
      return invalid("The context object must be a JSON object");
    }
    for (Map.Entry<String, JsonNode> member : context.properties()) {
      String name = member.getKey();
      if (name.equals("Map")) {
        return invalid("'Map' field is not supported when mocking a Context object");
      }
      Map<String, Boolean> fields = MEMBERS.get(name);
      if (fields == null) {
        return invalid("Field '" + name + "' is not allowed");
      }
      Optional<ApiError> problem = fieldProblem(name, member.getValue(), fields);
      if (problem.isPresent()) {
        return problem;
      }
    }
    if (context.has("Task") && !passesTaskToken(state)) {
      return invalid(
          "Context object contains 'Task' when state is not a Task state with a '.sync' or"
              + " '.waitForTaskToken' service integration pattern");
    }
    return Optional.empty();
  }

  private static Optional<ApiError> fieldProblem(
      String member, JsonNode value, Map<String, Boolean> fields) {
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      Boolean text = fields.get(field.getKey());
      if (text == null) {
        return invalid("Field '" + field.getKey() + "' is not allowed");
      }
      if (text && !field.getValue().isTextual()) {
        return invalid(member + "." + field.getKey() + " must be a string");
      }
    }
    return Optional.empty();
  }

  private static boolean passesTaskToken(ObjectNode state) {
    return state.path("Type").asText().equals("Task")
        && TaskResource.waitsForAnswer(state.path("Resource").asText());
  }

  private static Optional<ApiError> invalid(String why) {
    return Optional.of(ApiError.validation("Invalid Context object provided: " + why));
  }
}
