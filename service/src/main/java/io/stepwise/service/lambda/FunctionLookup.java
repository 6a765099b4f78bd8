package io.stepwise.service.lambda;

import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.tasks.functions.FunctionName;
import java.util.Optional;

/** Finds the function that a FunctionName parameter names, or answers AWS's not-found error. */
final class FunctionLookup {
  private FunctionLookup() {}

  /**
   * The function a reference names: a name or ARN, optionally qualified with {@code $LATEST}, the
   * only version local functions have.
   */
  static ApiResult<StoredFunction> find(
      FunctionStore store, RequestContext context, String reference) {
    FunctionName name = FunctionName.parse(reference);
    Optional<StoredFunction> function =
        name.qualifier().filter(q -> !q.equals("$LATEST")).isPresent()
            ? Optional.empty()
            : store.findStored(name.name());
    return function
        .map(ApiResult::ok)
        .orElseGet(
            () ->
                LambdaErrors.functionNotFound(
                    "arn:aws:lambda:"
                        + context.region()
                        + ":"
                        + context.accountId()
                        + ":function:"
                        + name.name()
                        + name.qualifier().map(q -> ":" + q).orElse("")));
  }
}
