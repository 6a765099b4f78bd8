package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.model.Workflow;
import io.stepwise.asl.validate.DefinitionRules;
import io.stepwise.asl.validate.Languages;
import io.stepwise.asl.validate.MachineType;
import java.util.List;

/**
 * Parses and validates state machine definitions. It reports every problem at once, each with a
 * JSON pointer, and never throws for bad input: malformed JSON is a diagnostic too.
 */
public final class DefinitionParser {
  private DefinitionParser() {}

  /** Parses {@code json} as the definition of a Standard state machine. */
  public static ParseResult parse(String json) {
    return parse(json, MachineType.STANDARD);
  }

  /** Parses {@code json} as the definition of a state machine of {@code type}. */
  public static ParseResult parse(String json, MachineType type) {
    Diagnostics diagnostics = new Diagnostics();
    JsonNode definition = JsonText.read(json, diagnostics);
    return definition == null
        ? new ParseResult(null, diagnostics.toList())
        : parse(definition, type, diagnostics);
  }

  /** Parses an already read definition of a Standard state machine. */
  public static ParseResult parse(JsonNode definition) {
    return parse(definition, MachineType.STANDARD);
  }

  /** Parses an already read definition of a state machine of {@code type}. */
  public static ParseResult parse(JsonNode definition, MachineType type) {
    return parse(definition, type, new Diagnostics());
  }

  /**
   * Every problem of {@code json} for a state machine of {@code type}; empty when it is valid. This
   * is what ValidateStateMachineDefinition reports.
   */
  public static List<Diagnostic> validate(String json, MachineType type) {
    return parse(json, type).diagnostics();
  }

  private static ParseResult parse(JsonNode definition, MachineType type, Diagnostics found) {
    DefinitionRules.check(definition, type, found);
    if (definition == null || !definition.isObject()) {
      return new ParseResult(null, found.toList());
    }
    QueryLanguage language = Languages.ofMachine(definition);
    Workflow workflow = WorkflowParser.parse(definition, "", new ParseContext(language, found));
    if (!found.isEmpty()) {
      return new ParseResult(null, found.toList());
    }
    JsonNode timeout = definition.get("TimeoutSeconds");
    StateMachine machine =
        new StateMachine(
            workflow,
            language,
            text(definition, "Comment"),
            text(definition, "Version"),
            timeout == null ? null : timeout.intValue(),
            definition);
    return new ParseResult(machine, List.of());
  }

  private static String text(JsonNode definition, String field) {
    JsonNode value = definition.get(field);
    return value == null ? null : value.textValue();
  }
}
