package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostics;

/** Validates one state: its schema, then the rules of its type. */
final class StateRules {
  private StateRules() {}

  static void check(StateNode state, ValidationContext ctx) {
    QueryLanguageRules.check(state, ctx);
    if (!FieldRules.check(state, ctx)) {
      return;
    }
    ExclusiveFieldRules.check(state, ctx);
    NumberRules.check(state, ctx);
    ErrorHandlingRules.check(state, ctx);
    switch (state.type()) {
      case "Task" -> TaskRules.check(state, ctx);
      case "Wait" -> WaitRules.check(state, ctx);
      case "Choice" -> checkChoices(state, ctx);
      case "Parallel" -> checkBranches(state, ctx);
      case "Map" -> MapRules.check(state, ctx);
      default -> {}
    }
  }

  /** The rules themselves are checked when they are parsed; here only their container. */
  private static void checkChoices(StateNode state, ValidationContext ctx) {
    JsonNode choices = state.field("Choices");
    if (choices == null || !choices.isArray()) {
      return;
    }
    if (choices.isEmpty()) {
      ctx.schemaError(state.pointer("Choices"), "Value cannot be empty");
    }
    for (int i = 0; i < choices.size(); i++) {
      if (!choices.get(i).isObject()) {
        ctx.schemaError(
            Diagnostics.child(state.pointer("Choices"), i), "A choice rule must be a JSON object");
      }
    }
  }

  private static void checkBranches(StateNode state, ValidationContext ctx) {
    JsonNode branches = state.field("Branches");
    if (branches == null || !branches.isArray()) {
      return;
    }
    if (branches.isEmpty()) {
      ctx.schemaError(state.pointer("Branches"), "Value cannot be empty");
    }
    for (int i = 0; i < branches.size(); i++) {
      WorkflowRules.check(
          branches.get(i),
          Diagnostics.child(state.pointer("Branches"), i),
          WorkflowKind.BRANCH,
          ctx);
    }
  }
}
