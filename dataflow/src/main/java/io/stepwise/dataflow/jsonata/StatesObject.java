package io.stepwise.dataflow.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.dataflow.EvaluationContext;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code $states} value of one evaluation. Its members are converted only when read, and the
 * context object is only requested from the engine when the expression reads {@code
 * $states.context}.
 */
final class StatesObject extends AbstractMap<String, Object> {
  private static final String INPUT = "input";
  private static final String RESULT = "result";
  private static final String ERROR_OUTPUT = "errorOutput";
  private static final String CONTEXT = "context";

  private final StatesBinding states;
  private final EvaluationContext context;

  StatesObject(StatesBinding states, EvaluationContext context) {
    this.states = states;
    this.context = context;
  }

  @Override
  public Object get(Object key) {
    JsonNode member = member(key);
    return member == null ? null : JsonataValues.toJsonata(member);
  }

  @Override
  public boolean containsKey(Object key) {
    return member(key) != null;
  }

  private JsonNode member(Object key) {
    if (!(key instanceof String name)) {
      return null;
    }
    return switch (name) {
      case INPUT -> states.input();
      case RESULT -> states.result();
      case ERROR_OUTPUT -> states.errorOutput();
      case CONTEXT -> context.contextObject();
      default -> null;
    };
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    Map<String, Object> members = new LinkedHashMap<>();
    for (String name : new String[] {INPUT, RESULT, ERROR_OUTPUT, CONTEXT}) {
      Object value = get(name);
      if (value != null) {
        members.put(name, value);
      }
    }
    return members.entrySet();
  }
}
