package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.dataflow.DataFlowException;
import java.util.Map;

/**
 * AWS's limits on variables ("Passing data between states with variables", Limits): a single
 * variable holds at most 256 KiB, and the variables of one {@code Assign} field together at most
 * 256 KiB, as JSON text.
 */
final class VariableSize {
  private VariableSize() {}

  /** Fails when the {@code assigned} values of state {@code stateName} pass either limit. */
  static void check(String stateName, Map<String, JsonNode> assigned) throws DataFlowException {
    long total = 0;
    for (Map.Entry<String, JsonNode> variable : assigned.entrySet()) {
      long size = PayloadSize.size(variable.getValue(), PayloadSize.LIMIT + 1);
      if (size > PayloadSize.LIMIT) {
        throw failure(
            "The variable '"
                + variable.getKey()
                + "' assigned by the state '"
                + stateName
                + "' exceeds the maximum size of a variable (256 KiB).");
      }
      total += size;
      if (total > PayloadSize.LIMIT) {
        throw failure(
            "The variables assigned by the state '"
                + stateName
                + "' exceed the maximum combined size of one Assign field (256 KiB).");
      }
    }
  }

  private static DataFlowException failure(String cause) {
    return new DataFlowException(ErrorNames.DATA_LIMIT_EXCEEDED, cause);
  }
}
