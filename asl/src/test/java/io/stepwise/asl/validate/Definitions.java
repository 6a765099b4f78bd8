package io.stepwise.asl.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.diagnostic.Diagnostics;
import java.util.List;

/** Runs the structural rules on definitions written compactly, with ' for ". */
final class Definitions {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Definitions() {}

  static List<Diagnostic> check(String definition) {
    return check(definition, MachineType.STANDARD);
  }

  static List<Diagnostic> check(String definition, MachineType type) {
    Diagnostics found = new Diagnostics();
    try {
      DefinitionRules.check(MAPPER.readTree(definition.replace('\'', '"')), type, found);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Test definition is not JSON: " + definition, e);
    }
    return found.toList();
  }

  /** A machine whose only state is {@code state} (a JSON object text), named S. */
  static String single(String state) {
    return "{'StartAt':'S','States':{'S':" + state + "}}";
  }

  /** A JSONata machine whose only state is {@code state}. */
  static String jsonata(String state) {
    return "{'QueryLanguage':'JSONata','StartAt':'S','States':{'S':" + state + "}}";
  }
}
