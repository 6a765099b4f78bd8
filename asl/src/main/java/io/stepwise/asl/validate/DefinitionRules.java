package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostics;

/**
 * The structural validation of a whole definition, on its JSON tree. It reports every problem it
 * finds and never throws; the definition parser runs it before it builds the model, and reports the
 * syntax of paths, templates and Choice rules itself.
 */
public final class DefinitionRules {
  private DefinitionRules() {}

  /** Checks {@code definition} for a state machine of {@code type}, adding to {@code found}. */
  public static void check(JsonNode definition, MachineType type, Diagnostics found) {
    if (definition == null || !definition.isObject()) {
      found.add(
          DiagnosticCodes.SCHEMA_VALIDATION_FAILED, "", "Definition must be a valid JSON object");
      return;
    }
    ValidationContext ctx = new ValidationContext(type, Languages.ofMachine(definition), found);
    QueryLanguageRules.checkValue(definition, "", ctx);
    WorkflowRules.expect(definition, "Version", FieldKind.STRING, "", ctx);
    WorkflowRules.expect(definition, "TimeoutSeconds", FieldKind.INTEGER, "", ctx);
    Ranges.check(
        definition.get("TimeoutSeconds"),
        "TimeoutSeconds",
        "/TimeoutSeconds",
        1,
        Ranges.MAX_SECONDS,
        ctx);
    WorkflowRules.check(definition, "", WorkflowKind.MACHINE, ctx);
    VariableScopeRules.check(definition, ctx);
  }
}
