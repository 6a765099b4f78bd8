package io.stepwise.dataflow.choice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.stepwise.dataflow.EvaluationContext;
import java.util.Map;

/** A fixed context object and fixed variables, for tests. */
record TestContext(JsonNode contextObject, Map<String, JsonNode> variables)
    implements EvaluationContext {

  static TestContext empty() {
    return new TestContext(JsonNodeFactory.instance.objectNode(), Map.of());
  }

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }
}
