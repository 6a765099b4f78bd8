package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.QueryLanguage;

/** Resolves the {@code QueryLanguage} of state machines and states. */
public final class Languages {
  private Languages() {}

  /** The language spelled {@code name} in a definition, or {@code null} when there is none. */
  public static QueryLanguage named(JsonNode name) {
    if (name == null || !name.isTextual()) {
      return null;
    }
    for (QueryLanguage language : QueryLanguage.values()) {
      if (language.aslName().equals(name.textValue())) {
        return language;
      }
    }
    return null;
  }

  /** The language of a state machine: its own {@code QueryLanguage}, JSONPath by default. */
  public static QueryLanguage ofMachine(JsonNode definition) {
    QueryLanguage own = named(definition.get("QueryLanguage"));
    return own == null ? QueryLanguage.JSONPATH : own;
  }

  /** The effective language of a state: its own, or else its state machine's. */
  public static QueryLanguage ofState(JsonNode state, QueryLanguage machine) {
    QueryLanguage own = named(state.get("QueryLanguage"));
    return own == null ? machine : own;
  }
}
