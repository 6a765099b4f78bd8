package io.stepwise.dataflow.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.dataflow.Failure;
import io.stepwise.dataflow.FixedEvaluationContext;
import io.stepwise.dataflow.RecordedCorpus;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;

/**
 * Runs a recorded state machine made of Pass and Fail states through the data flow alone, the way
 * the engine will: enough to check JSONata evaluation against AWS without the engine. Variables
 * assigned by a state become visible to the next one; every assignment of a state reads the values
 * from before it.
 */
final class StateChainRunner {
  private final JsonNode definition;
  private final JsonNode executionInput;
  private final Map<String, JsonNode> variables = new HashMap<>();

  StateChainRunner(JsonNode definition, JsonNode executionInput) {
    this.definition = definition;
    this.executionInput = executionInput;
  }

  /** The outcome of a run: an output, or a failure. */
  record Outcome(JsonNode output, Failure failure) {}

  Outcome run() throws Exception {
    JsonNode states = definition.get("States");
    String name = definition.get("StartAt").asText();
    JsonNode data = executionInput;
    while (true) {
      JsonNode state = states.get(name);
      EvaluationContext context = context(name);
      try {
        if (state.get("Type").asText().equals("Fail")) {
          return new Outcome(null, fail(state, data, language(state), context));
        }
        data = pass(state, data, language(state), context);
      } catch (DataFlowException failed) {
        return new Outcome(null, failed.failure());
      }
      if (!state.has("Next")) {
        return new Outcome(data, null);
      }
      name = state.get("Next").asText();
    }
  }

  private EvaluationContext context(String stateName) {
    ObjectNode contextObject = RecordedCorpus.contextObject(executionInput, stateName);
    return new FixedEvaluationContext(contextObject, Map.copyOf(variables), new Random(0));
  }

  private QueryLanguage language(JsonNode state) {
    String own = state.path("QueryLanguage").asText(definition.path("QueryLanguage").asText());
    return own.equals("JSONata") ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH;
  }

  private JsonNode pass(
      JsonNode state, JsonNode input, QueryLanguage language, EvaluationContext context)
      throws Exception {
    if (language == QueryLanguage.JSONATA) {
      StatesBinding states = StatesBinding.ofInput(input);
      assign(state, states, language, context);
      return state.has("Output")
          ? DataFlow.evaluate(template(state, "Output", language), "Output", states, context)
          : input;
    }
    JsonNode effective = DataFlow.selectPath(path(state, "InputPath"), "InputPath", input, context);
    JsonNode result = effective;
    if (state.has("Result")) {
      result = state.get("Result");
    } else if (state.has("Parameters")) {
      result = DataFlow.evaluate(template(state, "Parameters", language), effective, context);
    }
    assign(state, StatesBinding.ofInput(result), language, context);
    JsonNode combined = DataFlow.applyResultPath(path(state, "ResultPath"), input, result);
    return DataFlow.selectPath(path(state, "OutputPath"), "OutputPath", combined, context);
  }

  private void assign(
      JsonNode state, StatesBinding states, QueryLanguage language, EvaluationContext context)
      throws Exception {
    if (!state.has("Assign")) {
      return;
    }
    JsonNode assigned =
        DataFlow.evaluate(template(state, "Assign", language), "Assign", states, context);
    for (Iterator<Map.Entry<String, JsonNode>> it = assigned.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      variables.put(variable.getKey(), variable.getValue());
    }
  }

  private Failure fail(
      JsonNode state, JsonNode input, QueryLanguage language, EvaluationContext context)
      throws Exception {
    return new Failure(
        text(state, "Error", input, language, context),
        text(state, "Cause", input, language, context));
  }

  private static String text(
      JsonNode state,
      String field,
      JsonNode input,
      QueryLanguage language,
      EvaluationContext context)
      throws Exception {
    JsonNode value = state.get(field);
    if (value == null) {
      return null;
    }
    String literal = value.asText();
    boolean expression =
        language == QueryLanguage.JSONATA && literal.startsWith("{%") && literal.endsWith("%}");
    if (!expression) {
      return literal;
    }
    String body = literal.substring(2, literal.length() - 2).strip();
    ValueSource source = new ValueSource.Expression(body, CompiledJsonata.compile(body));
    return DataFlow.evaluate(source, field, StatesBinding.ofInput(input), context).asText();
  }

  private static PayloadTemplate template(JsonNode state, String field, QueryLanguage language)
      throws Exception {
    return PayloadTemplate.compile(state.get(field), language);
  }

  private static PathField path(JsonNode state, String field) throws Exception {
    JsonNode value = state.get(field);
    if (value != null && value.isNull()) {
      return PathField.Discard.INSTANCE;
    }
    return new PathField.Select(JsonPath.parse(value == null ? "$" : value.asText()));
  }
}
