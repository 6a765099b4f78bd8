package io.stepwise.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * An evaluation context for tests: a fixed context object, variables, a seeded random source and a
 * fixed time.
 */
public record FixedEvaluationContext(
    JsonNode contextObject, Map<String, JsonNode> variables, RandomGenerator random, Instant now)
    implements EvaluationContext {
  /** The time of every context made by the factories below. */
  public static final Instant NOW = Instant.parse("2026-11-22T03:32:33Z");

  /** A context at the fixed time {@link #NOW}. */
  public FixedEvaluationContext(
      JsonNode contextObject, Map<String, JsonNode> variables, RandomGenerator random) {
    this(contextObject, variables, random, NOW);
  }

  /** A context with an empty context object, no variables and a seeded generator. */
  public static FixedEvaluationContext empty() {
    return withVariables(Map.of());
  }

  public static FixedEvaluationContext withContextObject(JsonNode contextObject) {
    return new FixedEvaluationContext(contextObject, Map.of(), new Random(7), NOW);
  }

  public static FixedEvaluationContext withVariables(Map<String, JsonNode> variables) {
    return new FixedEvaluationContext(
        JsonNodeFactory.instance.objectNode(), variables, new Random(7), NOW);
  }

  public static FixedEvaluationContext at(Instant now) {
    return new FixedEvaluationContext(
        JsonNodeFactory.instance.objectNode(), Map.of(), new Random(7), now);
  }

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }
}
