package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.FailureTolerance;

/** The numeric limits of a Map state, read from literals or paths with AWS's checks. */
final class MapLimits {
  private MapLimits() {}

  /** MaxConcurrency(Path): 0 (no limit) when absent. */
  static int maxConcurrency(MapState map, JsonNode input, ContextObject context)
      throws DataFlowException {
    JsonNode value = value(map.maxConcurrency(), "MaxConcurrencyPath", input, context);
    if (value == null) {
      return 0;
    }
    requireInteger(map.maxConcurrency(), "MaxConcurrencyPath", value);
    return value.asInt();
  }

  /** The failure tolerance of a distributed Map state. */
  static FailureTolerance tolerance(MapState map, JsonNode input, ContextObject context)
      throws DataFlowException {
    return new FailureTolerance(
        toleratedFailureCount(map, input, context),
        toleratedFailurePercentage(map, input, context));
  }

  /** ToleratedFailureCount(Path): -1 when absent. */
  private static long toleratedFailureCount(MapState map, JsonNode input, ContextObject context)
      throws DataFlowException {
    ValueSource source = map.toleratedFailureCount();
    JsonNode value = value(source, "ToleratedFailureCountPath", input, context);
    if (value == null) {
      return -1;
    }
    requireInteger(source, "ToleratedFailureCountPath", value);
    if (value.asLong() < 0) {
      throw new DataFlowException(ErrorNames.RUNTIME, "ToleratedFailureCount cannot be negative.");
    }
    return value.asLong();
  }

  /** ToleratedFailurePercentage(Path): -1 when absent. */
  private static double toleratedFailurePercentage(
      MapState map, JsonNode input, ContextObject context) throws DataFlowException {
    ValueSource source = map.toleratedFailurePercentage();
    JsonNode value = value(source, "ToleratedFailurePercentagePath", input, context);
    if (value == null) {
      return -1;
    }
    if (!value.isNumber()) {
      throw notA("ToleratedFailurePercentagePath", value, "float", source);
    }
    double percentage = value.asDouble();
    if (percentage < 0 || percentage > 100) {
      throw new DataFlowException(
          ErrorNames.RUNTIME, "ToleratedFailurePercentage must be between 0 and 100.");
    }
    return percentage;
  }

  private static JsonNode value(
      ValueSource source, String field, JsonNode input, ContextObject context)
      throws DataFlowException {
    return source == null ? null : DataFlow.evaluate(source, field, input, context);
  }

  private static void requireInteger(ValueSource source, String field, JsonNode value)
      throws DataFlowException {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw notA(field, value, "integer", source);
    }
  }

  private static DataFlowException notA(
      String field, JsonNode value, String kind, ValueSource source) {
    String path = source instanceof ValueSource.Path p ? p.path().text() : "";
    String text = value.isTextual() ? value.textValue() : value.toString();
    return new DataFlowException(
        ErrorNames.RUNTIME,
        "The "
            + field
            + " field refers to value \""
            + text
            + "\" which is not a valid "
            + kind
            + ": "
            + path);
  }
}
