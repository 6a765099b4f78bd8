package io.stepwise.tasks.executions;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.runtime.TaskContext;
import io.stepwise.runtime.TaskResult;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The child execution that a task's parameters ask for: {@code StateMachineArn} (a machine's, a
 * version's or an alias's), {@code Input} (a JSON value, or a string holding JSON text, as
 * StartExecution takes it) and {@code Name}.
 *
 * <p>Without a Name, the name is a UUID, as on AWS, but one derived from the parent execution and
 * the task: a task dispatched again after a restart finds the child it started before instead of
 * starting another.
 *
 * @param ownName whether the name was derived here rather than given
 */
record ChildRequest(String stateMachineArn, String name, String input, boolean ownName) {

  /** The request of a task, or the failure of a task whose parameters cannot start anything. */
  static Checked of(JsonNode parameters, TaskContext context) {
    JsonNode arn = parameters.path("StateMachineArn");
    if (!arn.isTextual()) {
      return new Checked(null, invalid("StateMachineArn", arn));
    }
    JsonNode name = parameters.path("Name");
    if (!name.isMissingNode() && !name.isTextual()) {
      return new Checked(null, invalid("Name", name));
    }
    String input = input(parameters.path("Input"));
    if (name.isTextual()) {
      return new Checked(new ChildRequest(arn.asText(), name.asText(), input, false), null);
    }
    return new Checked(new ChildRequest(arn.asText(), derivedName(context), input, true), null);
  }

  /** A request, or the task's failure when there is none. */
  record Checked(ChildRequest request, TaskResult failure) {}

  private static String input(JsonNode input) {
    if (input.isMissingNode() || input.isNull()) {
      return "{}";
    }
    return input.isTextual() ? input.asText() : input.toString();
  }

  private static String derivedName(TaskContext context) {
    String parent = context.contextObject().path("Execution").path("Id").asText();
    byte[] seed = (parent + '#' + context.token()).getBytes(StandardCharsets.UTF_8);
    return UUID.nameUUIDFromBytes(seed).toString();
  }

  private static TaskResult invalid(String field, JsonNode value) {
    String found = value.isMissingNode() ? "missing" : value.toString();
    return TaskResult.failure(
        ErrorNames.RUNTIME,
        "Expected the "
            + field
            + " parameter of states:startExecution to be a string, but it is "
            + found);
  }
}
