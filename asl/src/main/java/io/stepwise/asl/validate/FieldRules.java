package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The schema rules of a state: a known {@code Type}, only the fields that type allows, each of the
 * right JSON type and in the right query language, and the required fields present.
 */
final class FieldRules {
  private FieldRules() {}

  /** Checks the state's fields; returns false when its type is unknown (nothing more to check). */
  static boolean check(StateNode state, ValidationContext ctx) {
    JsonNode type = state.field("Type");
    if (type == null) {
      ctx.schemaError(state.pointer(), "These fields are required: [Type]");
      return false;
    }
    if (!type.isTextual() || !StateFields.TYPES.contains(type.textValue())) {
      ctx.schemaError(
          state.pointer("Type"),
          "The field 'Type' should have one of these values: " + StateFields.TYPES);
      return false;
    }
    checkFields(state, StateFields.of(type.textValue()), ctx);
    checkRequired(state, ctx);
    return true;
  }

  /**
   * Checks that every field of {@code owner} (a state, or an object inside one such as a retrier)
   * is in {@code allowed}, in the owner's query language, and of the right JSON type.
   */
  static void checkFields(StateNode owner, Map<String, FieldSpec> allowed, ValidationContext ctx) {
    for (Iterator<String> names = owner.node().fieldNames(); names.hasNext(); ) {
      String name = names.next();
      checkField(owner, name, allowed.get(name), ctx);
    }
  }

  private static void checkField(
      StateNode state, String name, FieldSpec spec, ValidationContext ctx) {
    if (spec == null) {
      ctx.schemaError(
          state.pointer(), "The field '" + name + "' is not supported by Step Functions");
      return;
    }
    if (spec.scope() == FieldSpec.Scope.JSONPATH_ONLY && state.isJsonata()) {
      ctx.schemaError(
          state.pointer(name),
          "The field '" + name + "' is not supported when 'QueryLanguage' is 'JSONata'");
      return;
    }
    if (spec.scope() == FieldSpec.Scope.JSONATA_ONLY && !state.isJsonata()) {
      ctx.schemaError(
          state.pointer(name),
          "The field '" + name + "' is only supported when 'QueryLanguage' is 'JSONata'");
      return;
    }
    checkType(state, name, spec, ctx);
  }

  private static void checkType(
      StateNode state, String name, FieldSpec spec, ValidationContext ctx) {
    JsonNode value = state.field(name);
    if (spec.kind().accepts(value) || (spec.expression() && state.isExpression(name))) {
      return;
    }
    String expected = spec.kind().description();
    if (spec.expression() && state.isJsonata()) {
      expected += " or a JSONata expression";
    }
    ctx.schemaError(
        state.pointer(name),
        "The field '"
            + name
            + "' must be "
            + expected
            + ", but it is "
            + FieldKind.describe(value));
  }

  private static void checkRequired(StateNode state, ValidationContext ctx) {
    List<String> missing = new ArrayList<>();
    for (String name : required(state.type())) {
      if (!state.has(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      ctx.schemaError(state.pointer(), "These fields are required: " + missing);
    }
  }

  private static List<String> required(String type) {
    return switch (type) {
      case "Task" -> List.of("Resource");
      case "Choice" -> List.of("Choices");
      case "Parallel" -> List.of("Branches");
      default -> List.of();
    };
  }
}
