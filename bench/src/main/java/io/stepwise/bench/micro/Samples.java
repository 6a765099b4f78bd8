package io.stepwise.bench.micro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.model.State;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import io.stepwise.dataflow.EvaluationContext;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Inputs shared by the data-flow benchmarks: an order document of the size a workflow passes
 * around, and a context that holds a fixed context object, a fixed time and no variables.
 */
final class Samples {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final JsonNode ORDER =
      json(
          """
          {"order": {"id": "o-123",
                     "customer": {"name": "Ada", "tier": "gold"},
                     "items": [{"sku": "a", "qty": 2, "price": 3.5},
                               {"sku": "b", "qty": 1, "price": 10}],
                     "total": 17},
           "n": 41, "limit": 1000}
          """);

  static final EvaluationContext CONTEXT =
      new FixedContext(
          json(
              """
              {"Execution": {"Id": "arn:aws:states:us-east-1:123456789012:execution:M:e",
                             "Name": "e", "StartTime": "2026-11-22T05:00:00.000Z"},
               "State": {"Name": "S", "EnteredTime": "2026-11-22T05:00:00.000Z"},
               "StateMachine": {"Id": "arn:aws:states:us-east-1:123456789012:stateMachine:M",
                                "Name": "M"}}
              """));

  private Samples() {}

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a definition and returns one of its states, so that the benchmarks take their compiled
   * paths, templates and rules from the parser exactly as the engine does.
   */
  static State state(String definition, String name) {
    ParseResult parsed = DefinitionParser.parse(definition);
    if (!parsed.isValid()) {
      throw new IllegalStateException("Expected a valid definition: " + parsed.diagnostics());
    }
    return parsed.machine().workflow().state(name);
  }

  private record FixedContext(JsonNode contextObject) implements EvaluationContext {
    private static final Instant START = Instant.parse("2026-11-22T05:00:00Z");

    @Override
    public JsonNode variable(String name) {
      return null;
    }

    @Override
    public Instant now() {
      return START;
    }
  }
}
