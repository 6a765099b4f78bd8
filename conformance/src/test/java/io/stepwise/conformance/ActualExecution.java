package io.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What Stepwise did with a case: the same fields the corpus records about AWS.
 *
 * @param output the output when the execution succeeded, else {@code null}
 * @param error the error when it did not succeed, or {@code null}
 * @param cause the cause when it did not succeed, or {@code null}
 */
record ActualExecution(
    String status, JsonNode output, String error, String cause, List<String> historyTypes) {

  /** A case that could not run at all, for example because its definition was refused. */
  static ActualExecution notRun(String reason) {
    return new ActualExecution("NOT_RUN", null, "NotRun", reason, List.of());
  }
}
