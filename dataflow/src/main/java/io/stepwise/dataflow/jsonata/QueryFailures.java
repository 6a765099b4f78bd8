package io.stepwise.dataflow.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.dataflow.DataFlowException;

/**
 * The {@code States.QueryEvaluationError} failures of a JSONata field, with AWS's causes: each
 * names the expression and the field, for example {@code The JSONata expression '$x' specified for
 * the field 'Output/result' returned nothing (undefined).}
 */
final class QueryFailures {
  private QueryFailures() {}

  static DataFlowException undefined(String expression, String field) {
    return failure(expression, field, " returned nothing (undefined).");
  }

  static DataFlowException unsupportedType(String expression, String field) {
    return failure(expression, field, " returned an unsupported result type.");
  }

  static DataFlowException unexpectedType(
      String expression, String field, ResultType expected, JsonNode value) {
    return failure(
        expression,
        field,
        " returned an unexpected result type. Expected '"
            + expected.awsName()
            + "', but was '"
            + ResultType.nameOf(value)
            + "' for value: "
            + value);
  }

  /**
   * An error raised while evaluating: {@code detail} is either a JSONata error with its code (a
   * sentence of its own, after a full stop) or a plain message (after a colon).
   */
  static DataFlowException threw(String expression, String field, String detail, boolean coded) {
    return failure(
        expression, field, " threw an error during evaluation" + (coded ? ". " : ": ") + detail);
  }

  private static DataFlowException failure(String expression, String field, String tail) {
    return new DataFlowException(
        ErrorNames.QUERY_EVALUATION_ERROR,
        "The JSONata expression '"
            + expression
            + "' specified for the field '"
            + field
            + "'"
            + tail);
  }
}
