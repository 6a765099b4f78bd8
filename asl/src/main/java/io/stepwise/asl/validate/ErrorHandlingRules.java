package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.FieldKind.ANY;
import static io.stepwise.asl.validate.FieldKind.ARRAY;
import static io.stepwise.asl.validate.FieldKind.INTEGER;
import static io.stepwise.asl.validate.FieldKind.NUMBER;
import static io.stepwise.asl.validate.FieldKind.OBJECT;
import static io.stepwise.asl.validate.FieldKind.PATH_OR_NULL;
import static io.stepwise.asl.validate.FieldKind.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.ErrorNames;
import java.util.List;
import java.util.Map;

/** The rules of {@code Retry} and {@code Catch}: their fields, error names and order. */
final class ErrorHandlingRules {
  private static final Map<String, FieldSpec> RETRIER =
      Map.of(
          "ErrorEquals", FieldSpec.of(ARRAY),
          "IntervalSeconds", FieldSpec.of(INTEGER),
          "MaxAttempts", FieldSpec.of(INTEGER),
          "BackoffRate", FieldSpec.of(NUMBER),
          "MaxDelaySeconds", FieldSpec.of(INTEGER),
          "JitterStrategy", FieldSpec.of(STRING),
          "Comment", FieldSpec.of(STRING));
  private static final Map<String, FieldSpec> CATCHER =
      Map.of(
          "ErrorEquals", FieldSpec.of(ARRAY),
          "Next", FieldSpec.of(STRING),
          "ResultPath", FieldSpec.jsonPath(PATH_OR_NULL),
          "Assign", FieldSpec.of(OBJECT),
          "Output", FieldSpec.jsonata(ANY),
          "Comment", FieldSpec.of(STRING));
  private static final List<String> JITTER_STRATEGIES = List.of("FULL", "NONE");

  private ErrorHandlingRules() {}

  static void check(StateNode state, ValidationContext ctx) {
    checkList(state, "Retry", RETRIER, ctx);
    checkList(state, "Catch", CATCHER, ctx);
  }

  private static void checkList(
      StateNode state, String field, Map<String, FieldSpec> fields, ValidationContext ctx) {
    JsonNode list = state.field(field);
    if (list == null || !list.isArray()) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      StateNode element =
          new StateNode(
              state.name(),
              list.get(i),
              Diagnostics.child(state.pointer(field), i),
              state.language());
      if (!element.node().isObject()) {
        ctx.schemaError(element.pointer(), "Each element of '" + field + "' must be an object");
        continue;
      }
      FieldRules.checkFields(element, fields, ctx);
      boolean last = i == list.size() - 1;
      ErrorEqualsRules.check(element, field, last, ctx);
      if (field.equals("Retry")) {
        checkRetrier(element, ctx);
      } else if (!element.has("Next")) {
        ctx.schemaError(element.pointer(), "These fields are required: [Next]");
      }
    }
  }

  private static void checkRetrier(StateNode retrier, ValidationContext ctx) {
    Ranges.check(retrier, "IntervalSeconds", 1, Ranges.MAX_SECONDS, ctx);
    Ranges.check(retrier, "MaxAttempts", 0, Ranges.MAX_SECONDS, ctx);
    Ranges.check(retrier, "BackoffRate", 1, Double.MAX_VALUE, ctx);
    Ranges.check(retrier, "MaxDelaySeconds", 1, 31_622_400, ctx);
    JsonNode jitter = retrier.field("JitterStrategy");
    if (jitter != null && jitter.isTextual() && !JITTER_STRATEGIES.contains(jitter.textValue())) {
      ctx.schemaError(
          retrier.pointer("JitterStrategy"),
          "The field 'JitterStrategy' should have one of these values: " + JITTER_STRATEGIES);
    }
  }

  /** Whether {@code name} is reserved for Step Functions but not one of its error names. */
  static boolean isUnknownReservedName(String name) {
    return !ErrorNames.isAllowedInErrorEquals(name);
  }
}
