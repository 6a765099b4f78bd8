package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.dataflow.DataFlowException;
import java.util.List;
import java.util.Map;

/**
 * AWS's limits on variables ("Passing data between states with variables", Limits): a single
 * variable holds at most 256 KiB, the variables of one {@code Assign} field together at most 256
 * KiB, and the variables an execution stores together at most 10 MiB, as JSON text. The last is
 * counted over the scopes the assigning state sees (its own thread's variables and those of the
 * threads that enclose it), since a branch's or iteration's variables end with it.
 */
final class VariableSize {
  /** AWS's limit on all the variables of an execution: 10 MiB. */
  static final long EXECUTION_LIMIT = 10L * 1024 * 1024;

  private VariableSize() {}

  /**
   * Fails when the {@code assigned} values of state {@code stateName} pass a limit; {@code scopes}
   * are the variables the state sees before it assigns, its own thread's first.
   */
  static void check(
      String stateName, Map<String, JsonNode> assigned, List<Map<String, JsonNode>> scopes)
      throws DataFlowException {
    long assignedSize = checkAssigned(stateName, assigned);
    if (assignedSize + kept(assigned, scopes, EXECUTION_LIMIT) > EXECUTION_LIMIT) {
      throw failure(
          "The variables assigned by the state '"
              + stateName
              + "' exceed the maximum combined size of an execution's variables (10 MiB).");
    }
  }

  /** The size of {@code assigned}, after checking it against the limits of one Assign field. */
  private static long checkAssigned(String stateName, Map<String, JsonNode> assigned)
      throws DataFlowException {
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
    return total;
  }

  /**
   * The size of the variables that stay once {@code assigned} is set (those of the state's own
   * scope it replaces go), exact up to {@code budget}.
   */
  private static long kept(
      Map<String, JsonNode> assigned, List<Map<String, JsonNode>> scopes, long budget) {
    long total = 0;
    for (int i = 0; i < scopes.size() && total <= budget; i++) {
      for (Map.Entry<String, JsonNode> variable : scopes.get(i).entrySet()) {
        if (i == 0 && assigned.containsKey(variable.getKey())) {
          continue;
        }
        total += PayloadSize.size(variable.getValue(), budget - total + 1);
        if (total > budget) {
          break;
        }
      }
    }
    return total;
  }

  private static DataFlowException failure(String cause) {
    return new DataFlowException(ErrorNames.DATA_LIMIT_EXCEEDED, cause);
  }
}
