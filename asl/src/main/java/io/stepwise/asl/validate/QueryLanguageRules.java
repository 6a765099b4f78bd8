package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.QueryLanguage;
import java.util.List;

/**
 * The rules of {@code QueryLanguage}: one of AWS's two spellings, and no state may go back to
 * JSONPath when the whole state machine is JSONata.
 */
final class QueryLanguageRules {
  private static final List<String> NAMES = List.of("JSONPath", "JSONata");

  private QueryLanguageRules() {}

  /** Checks the {@code QueryLanguage} field of a definition or state, if it has one. */
  static void checkValue(JsonNode owner, String ownerPointer, ValidationContext ctx) {
    JsonNode value = owner.get("QueryLanguage");
    if (value != null && Languages.named(value) == null) {
      ctx.schemaError(
          ownerPointer + "/QueryLanguage",
          "The field 'QueryLanguage' should have one of these values: " + NAMES);
    }
  }

  static void check(StateNode state, ValidationContext ctx) {
    checkValue(state.node(), state.pointer(), ctx);
    QueryLanguage own = Languages.named(state.field("QueryLanguage"));
    if (own == QueryLanguage.JSONPATH && ctx.machineLanguage() == QueryLanguage.JSONATA) {
      ctx.schemaError(
          state.pointer(),
          "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine");
    }
  }
}
