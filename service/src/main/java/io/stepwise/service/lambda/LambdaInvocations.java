package io.stepwise.service.lambda;

import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.tasks.functions.InvocationResult;
import io.stepwise.tasks.functions.LocalFunctions;
import java.util.Map;
import java.util.Set;

/**
 * Lambda's Invoke operation, as a value: the function runs in {@link LocalFunctions}, awaited for
 * RequestResponse, not awaited for Event; DryRun only checks that it exists.
 */
public final class LambdaInvocations {
  private static final Set<String> INVOCATION_TYPES = Set.of("RequestResponse", "Event", "DryRun");

  private final FunctionStore store;
  private final LocalFunctions functions;

  public LambdaInvocations(FunctionStore store, LocalFunctions functions) {
    this.store = store;
    this.functions = functions;
  }

  /** Invoke: runs the function (RequestResponse), queues it (Event) or only checks (DryRun). */
  public ApiResult<InvokeOutcome> invoke(RequestContext context, InvokeRequest request) {
    if (!INVOCATION_TYPES.contains(request.type())) {
      return LambdaErrors.validation(
          "'" + request.type() + "'",
          "invocationType",
          "Member must satisfy enum value set: [Event, RequestResponse, DryRun]");
    }
    String qualified = request.functionName() + request.qualifier().map(q -> ":" + q).orElse("");
    return FunctionLookup.find(store, context, qualified)
        .then(
            function ->
                switch (request.type()) {
                  case "DryRun" -> ApiResult.ok(new InvokeOutcome.Validated());
                  case "Event" -> {
                    functions.invoke(function.name(), request.payload());
                    yield ApiResult.ok(new InvokeOutcome.Queued());
                  }
                  default -> run(function, request.payload());
                });
  }

  private ApiResult<InvokeOutcome> run(StoredFunction function, String payload) {
    InvocationResult result =
        functions.invoke(function.name(), payload).toCompletableFuture().join();
    return switch (result) {
      case InvocationResult.Rejected rejected -> rejection(function, rejected).asResult();
      default -> ApiResult.ok(new InvokeOutcome.Completed(result));
    };
  }

  /** A refused invocation; throttling carries AWS's Reason, as SDKs and the CLI show it. */
  private static ApiError rejection(StoredFunction function, InvocationResult.Rejected rejected) {
    if (!rejected.errorCode().equals(LambdaErrors.TOO_MANY_REQUESTS)) {
      return ApiError.of(rejected.errorCode(), rejected.message());
    }
    String reason =
        function.configuration().reservedConcurrency().isPresent()
            ? "ReservedFunctionConcurrentInvocationLimitExceeded"
            : "ConcurrentInvocationLimitExceeded";
    return new ApiError(rejected.errorCode(), rejected.message(), Map.of("Reason", reason));
  }
}
