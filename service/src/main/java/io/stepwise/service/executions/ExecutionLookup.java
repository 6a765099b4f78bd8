package io.stepwise.service.executions;

import io.stepwise.service.api.ApiResult;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.ExecutionArn;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;

/** Finds the Standard execution that a request names by its ARN. */
public final class ExecutionLookup {

  private ExecutionLookup() {}

  /**
   * The execution's row, InvalidArn for text that is not an execution ARN, or
   * ExecutionDoesNotExist.
   */
  public static ApiResult<ExecutionRecord> execution(ExecutionStore executions, String text) {
    return ArnParser.parse(text, ExecutionArn.class)
        .then(
            arn ->
                executions
                    .execution(text)
                    .map(ApiResult::ok)
                    .orElseGet(() -> ExecutionErrors.doesNotExist(text).asResult()));
  }
}
