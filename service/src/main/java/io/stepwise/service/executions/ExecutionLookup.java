package io.stepwise.service.executions;

import io.stepwise.service.api.ApiResult;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.ExecutionArn;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import java.util.Optional;
import java.util.function.Function;

/** Finds the Standard execution that a request names by its ARN. */
public final class ExecutionLookup {

  private ExecutionLookup() {}

  /**
   * The execution's row, InvalidArn for text that is not an execution ARN, or
   * ExecutionDoesNotExist.
   */
  public static ApiResult<ExecutionRecord> execution(ExecutionStore executions, String text) {
    return execution(executions, text, arn -> Optional.empty());
  }

  /**
   * The execution's row, or, when none is stored, the one {@code unstored} finds for the ARN (a
   * child execution of a Map Run); InvalidArn or ExecutionDoesNotExist as above.
   */
  static ApiResult<ExecutionRecord> execution(
      ExecutionStore executions,
      String text,
      Function<String, Optional<ExecutionRecord>> unstored) {
    return ArnParser.parse(text, ExecutionArn.class)
        .then(
            arn ->
                executions
                    .execution(text)
                    .or(() -> unstored.apply(text))
                    .map(ApiResult::ok)
                    .orElseGet(() -> ExecutionErrors.doesNotExist(text).asResult()));
  }
}
