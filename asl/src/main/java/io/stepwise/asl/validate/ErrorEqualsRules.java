package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.ErrorNames;

/**
 * The rules of one {@code ErrorEquals}: a non-empty list of error names, {@code States.*} names
 * only when Step Functions defines them, and {@code States.ALL} alone in the last retrier or
 * catcher.
 */
final class ErrorEqualsRules {
  private ErrorEqualsRules() {}

  static void check(StateNode element, String field, boolean last, ValidationContext ctx) {
    JsonNode names = element.field("ErrorEquals");
    if (names == null) {
      ctx.schemaError(element.pointer(), "These fields are required: [ErrorEquals]");
      return;
    }
    if (!names.isArray()) {
      return;
    }
    String pointer = element.pointer("ErrorEquals");
    if (names.isEmpty()) {
      ctx.schemaError(pointer, "Value cannot be empty");
    }
    boolean all = false;
    for (int i = 0; i < names.size(); i++) {
      JsonNode name = names.get(i);
      String namePointer = Diagnostics.child(pointer, i);
      if (!name.isTextual()) {
        ctx.schemaError(namePointer, "Each error name must be a string");
      } else if (ErrorHandlingRules.isUnknownReservedName(name.textValue())) {
        ctx.schemaError(
            namePointer,
            "The error name '"
                + name.textValue()
                + "' is reserved: names starting with"
                + " 'States.' must be one of the errors that Step Functions defines");
      } else if (name.textValue().equals(ErrorNames.ALL)) {
        all = true;
      }
    }
    if (all && names.size() > 1) {
      ctx.schemaError(pointer, "'States.ALL' must appear alone in 'ErrorEquals'");
    }
    if (all && !last) {
      String kind = field.equals("Retry") ? "retrier" : "catcher";
      ctx.schemaError(
          element.pointer(),
          "A "
              + kind
              + " whose 'ErrorEquals' holds 'States.ALL' must be the last in '"
              + field
              + "'");
    }
  }
}
