package io.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The issue whose scope a corpus case belongs to. Issue 2 covers the JSONPath engine; JSONata and
 * variables come with issue 4, logging and express or API behaviour with issue 3. Every case runs
 * whatever its scope: the scope only decides where the report counts it and which reason a known
 * failure may give.
 */
enum Scope {
  JSONPATH("issue 2: JSONPath"),
  JSONATA("issue 4: JSONata"),
  VARIABLES("issue 4: Assign/variables"),
  LOGGING("issue 3: logging"),
  EXPRESS_API("issue 3: express/API");

  private final String label;

  Scope(String label) {
    this.label = label;
  }

  /** The label used in the report and as the reason of a later issue's known failure. */
  String label() {
    return label;
  }

  static Scope of(RecordedCase recorded) {
    String id = recorded.id().toLowerCase(Locale.ROOT);
    if (id.startsWith("v2_logs_")) {
      return LOGGING;
    }
    if (id.startsWith("v2_test_sfn_api")
        || "EXPRESS".equals(recorded.stateMachineType())
        || "start_sync_execution".equals(recorded.executionApi())) {
      return EXPRESS_API;
    }
    if (id.startsWith("v2_assign_")) {
      return VARIABLES;
    }
    if (id.contains("jsonata")
        || id.contains("outputdecl")
        || id.contains("query_language")
        || usesJsonata(recorded.definition())) {
      return JSONATA;
    }
    if (hasField(recorded.definition(), "Assign")) {
      return VARIABLES;
    }
    return JSONPATH;
  }

  private static boolean usesJsonata(JsonNode definition) {
    return anyObject(definition, node -> "JSONata".equals(node.path("QueryLanguage").asText(null)));
  }

  private static boolean hasField(JsonNode definition, String field) {
    return anyObject(definition, node -> node.has(field));
  }

  /** Whether {@code node} or any object nested in it passes {@code test}. */
  private static boolean anyObject(JsonNode node, Predicate<JsonNode> test) {
    if (node.isObject() && test.test(node)) {
      return true;
    }
    for (JsonNode child : node) {
      if (anyObject(child, test)) {
        return true;
      }
    }
    return false;
  }
}
