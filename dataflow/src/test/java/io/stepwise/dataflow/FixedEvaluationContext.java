package io.stepwise.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;

/** An evaluation context with a fixed context object, variables and a seeded random source. */
public record FixedEvaluationContext(
    JsonNode contextObject, Map<String, JsonNode> variables, RandomGenerator random)
    implements EvaluationContext {

  /** A context with an empty context object, no variables and a seeded generator. */
  public static FixedEvaluationContext empty() {
    return new FixedEvaluationContext(
        JsonNodeFactory.instance.objectNode(), Map.of(), new Random(7));
  }

  public static FixedEvaluationContext withContextObject(JsonNode contextObject) {
    return new FixedEvaluationContext(contextObject, Map.of(), new Random(7));
  }

  public static FixedEvaluationContext withVariables(Map<String, JsonNode> variables) {
    return new FixedEvaluationContext(
        JsonNodeFactory.instance.objectNode(), variables, new Random(7));
  }

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }
}
