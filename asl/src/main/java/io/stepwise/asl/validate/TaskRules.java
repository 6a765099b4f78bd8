package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules of Task states: a resource that Step Functions recognises (and that the machine type
 * supports), and credentials that name a role.
 */
final class TaskRules {
  private TaskRules() {}

  static void check(StateNode state, ValidationContext ctx) {
    JsonNode resource = state.field("Resource");
    if (resource != null && resource.isTextual()) {
      checkResource(resource.textValue(), state.pointer("Resource"), ctx);
    }
    JsonNode credentials = state.field("Credentials");
    if (credentials != null
        && credentials.isObject()
        && !credentials.has("RoleArn")
        && !credentials.has("RoleArn.$")) {
      ctx.schemaError(
          state.pointer("Credentials"), "The field 'RoleArn' is required but was missing");
    }
  }

  private static void checkResource(String arn, String pointer, ValidationContext ctx) {
    TaskResource resource = TaskResource.of(arn);
    if (resource.kind() == TaskResource.Kind.UNRECOGNIZED) {
      ctx.schemaError(
          pointer,
          "The resource provided "
              + arn
              + " is not recognized. The value is not a valid resource ARN, or the resource is not"
              + " available in this region.");
      return;
    }
    if (ctx.machineType() != MachineType.EXPRESS) {
      return;
    }
    if (resource.kind() == TaskResource.Kind.ACTIVITY) {
      ctx.schemaError(pointer, "Express state machine does not support Activity ARN");
    } else if (!resource.pattern().isEmpty()) {
      // AWS's own text ends the '.waitForTaskToken' message with a space; keep it identical.
      String tail = resource.pattern().equals(".sync") ? "" : " ";
      ctx.schemaError(
          pointer,
          "Express state machine does not support '"
              + resource.pattern()
              + "' service integration"
              + tail);
    }
  }
}
