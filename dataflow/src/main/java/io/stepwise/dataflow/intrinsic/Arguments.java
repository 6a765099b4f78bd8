package io.stepwise.dataflow.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.intrinsic.IntrinsicCall;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.dataflow.DataFlowException;

/** The evaluated arguments of one call, with typed access that fails as AWS does. */
final class Arguments {
  private final IntrinsicCall call;
  private final JsonNode[] values;

  Arguments(IntrinsicCall call, JsonNode[] values) {
    this.call = call;
    this.values = values;
  }

  int count() {
    return values.length;
  }

  JsonNode value(int index) {
    return values[index];
  }

  String string(int index) throws DataFlowException {
    JsonNode value = values[index];
    if (!value.isTextual()) {
      throw typeMismatch(index, "a string");
    }
    return value.textValue();
  }

  JsonNode array(int index) throws DataFlowException {
    JsonNode value = values[index];
    if (!value.isArray()) {
      throw typeMismatch(index, "an array");
    }
    return value;
  }

  JsonNode object(int index) throws DataFlowException {
    JsonNode value = values[index];
    if (!value.isObject()) {
      throw typeMismatch(index, "a JSON object");
    }
    return value;
  }

  /** An integer argument; a number with a fraction is refused. */
  int integer(int index) throws DataFlowException {
    JsonNode value = values[index];
    if (!value.isNumber() || !isIntegral(value) || !value.canConvertToInt()) {
      throw typeMismatch(index, "an integer");
    }
    return value.intValue();
  }

  JsonNode number(int index) throws DataFlowException {
    JsonNode value = values[index];
    if (!value.isNumber()) {
      throw typeMismatch(index, "a number");
    }
    return value;
  }

  boolean bool(int index) throws DataFlowException {
    JsonNode value = values[index];
    if (!value.isBoolean()) {
      throw typeMismatch(index, "a boolean");
    }
    return value.booleanValue();
  }

  private static boolean isIntegral(JsonNode value) {
    return value.isIntegralNumber() || value.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  DataFlowException typeMismatch(int index, String expected) {
    return failure(
        "The argument "
            + (index + 1)
            + " of the function '"
            + call.function().aslName()
            + "' must be "
            + expected
            + ", but was: "
            + values[index]);
  }

  /** A {@code States.IntrinsicFailure} about this call. */
  DataFlowException failure(String detail) {
    return new DataFlowException(
        ErrorNames.INTRINSIC_FAILURE,
        "Invalid arguments in the intrinsic function call '" + call.text() + "'. " + detail);
  }

  IntrinsicCall call() {
    return call;
  }
}
