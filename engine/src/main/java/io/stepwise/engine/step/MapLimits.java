package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.FailureTolerance;
import java.math.BigDecimal;

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
    return (int) integer(map.maxConcurrency(), "MaxConcurrencyPath", value);
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
    long count = integer(source, "ToleratedFailureCountPath", value);
    if (count < 0) {
      throw new DataFlowException(ErrorNames.RUNTIME, "ToleratedFailureCount cannot be negative.");
    }
    return count;
  }

  /** ToleratedFailurePercentage(Path): -1 when absent. */
  private static double toleratedFailurePercentage(
      MapState map, JsonNode input, ContextObject context) throws DataFlowException {
    ValueSource source = map.toleratedFailurePercentage();
    JsonNode value = value(source, "ToleratedFailurePercentagePath", input, context);
    if (value == null) {
      return -1;
    }
    double percentage = number(source, value);
    if (percentage < 0 || percentage > 100) {
      throw new DataFlowException(
          ErrorNames.RUNTIME, "ToleratedFailurePercentage must be between 0 and 100.");
    }
    return percentage;
  }

  private static JsonNode value(
      ValueSource source, String field, JsonNode input, ContextObject context)
      throws DataFlowException {
    return source == null
        ? null
        : DataFlow.evaluate(source, QueryFields.fieldName(source, field), input, context);
  }

  /**
   * The value as an int-sized integer. AWS also takes a string that holds one (a variable assigned
   * {@code "1"} works as MaxConcurrencyPath), but not any other string.
   */
  private static long integer(ValueSource source, String field, JsonNode value)
      throws DataFlowException {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.asLong();
    }
    if (value.isTextual()) {
      try {
        return Integer.parseInt(value.textValue());
      } catch (NumberFormatException notAnInteger) {
        throw notA(field, value, "integer", source);
      }
    }
    throw notA(field, value, "integer", source);
  }

  /** The value as a number; like {@link #integer}, a string that holds one is taken too. */
  private static double number(ValueSource source, JsonNode value) throws DataFlowException {
    if (value.isNumber()) {
      return value.asDouble();
    }
    if (value.isTextual()) {
      try {
        return new BigDecimal(value.textValue()).doubleValue();
      } catch (NumberFormatException notANumber) {
        throw notA("ToleratedFailurePercentagePath", value, "float", source);
      }
    }
    throw notA("ToleratedFailurePercentagePath", value, "float", source);
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
