package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostics;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * AWS's scope rule for variables: each Parallel branch and Map item processor is a scope of its
 * own, and "a variable assigned in an inner scope cannot have the same name as one assigned in an
 * outer scope" (Passing data between states with variables). A variable belongs to the scope of the
 * state whose {@code Assign} (its own, a Choice rule's or a catcher's) sets it; a catcher of a
 * Parallel or Map state assigns in the scope that holds the state.
 */
final class VariableScopeRules {
  private VariableScopeRules() {}

  /** Checks the workflows of {@code definition}, reporting each assignment that shadows. */
  static void check(JsonNode definition, ValidationContext ctx) {
    checkWorkflow(definition, "", Set.of(), ctx);
  }

  private static void checkWorkflow(
      JsonNode workflow, String pointer, Set<String> outer, ValidationContext ctx) {
    JsonNode states = workflow.get("States");
    if (states == null || !states.isObject()) {
      return;
    }
    String statesPointer = Diagnostics.child(pointer, "States");
    Set<String> scope = new HashSet<>(outer);
    for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> state = it.next();
      if (state.getValue().isObject()) {
        assignments(
            state.getValue(), Diagnostics.child(statesPointer, state.getKey()), outer, scope, ctx);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> state = it.next();
      nested(state.getValue(), Diagnostics.child(statesPointer, state.getKey()), scope, ctx);
    }
  }

  /** Adds what a state assigns to {@code scope}, reporting names that an outer scope assigns. */
  private static void assignments(
      JsonNode state, String pointer, Set<String> outer, Set<String> scope, ValidationContext ctx) {
    assign(state.get("Assign"), Diagnostics.child(pointer, "Assign"), outer, scope, ctx);
    rules(state.get("Choices"), Diagnostics.child(pointer, "Choices"), outer, scope, ctx);
    rules(state.get("Catch"), Diagnostics.child(pointer, "Catch"), outer, scope, ctx);
  }

  private static void rules(
      JsonNode rules, String pointer, Set<String> outer, Set<String> scope, ValidationContext ctx) {
    if (rules == null || !rules.isArray()) {
      return;
    }
    for (int i = 0; i < rules.size(); i++) {
      String rulePointer = Diagnostics.child(pointer, i);
      assign(
          rules.get(i).get("Assign"), Diagnostics.child(rulePointer, "Assign"), outer, scope, ctx);
    }
  }

  private static void assign(
      JsonNode assign,
      String pointer,
      Set<String> outer,
      Set<String> scope,
      ValidationContext ctx) {
    if (assign == null || !assign.isObject()) {
      return;
    }
    for (Iterator<String> fields = assign.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      String name = field.endsWith(".$") ? field.substring(0, field.length() - 2) : field;
      if (outer.contains(name)) {
        ctx.schemaError(
            Diagnostics.child(pointer, field),
            "The variable '"
                + name
                + "' is assigned in an outer scope and cannot be assigned in an inner scope");
      }
      scope.add(name);
    }
  }

  private static void nested(
      JsonNode state, String pointer, Set<String> scope, ValidationContext ctx) {
    JsonNode branches = state.get("Branches");
    if (branches != null && branches.isArray()) {
      for (int i = 0; i < branches.size(); i++) {
        String branchPointer = Diagnostics.child(Diagnostics.child(pointer, "Branches"), i);
        checkWorkflow(branches.get(i), branchPointer, scope, ctx);
      }
    }
    for (String field : new String[] {"ItemProcessor", "Iterator"}) {
      JsonNode processor = state.get(field);
      if (processor != null && processor.isObject()) {
        checkWorkflow(processor, Diagnostics.child(pointer, field), scope, ctx);
      }
    }
  }
}
