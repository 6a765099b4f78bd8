package io.stepwise.server.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.server.auth.Caller;
import io.stepwise.server.wire.ApiReply;
import io.stepwise.server.wire.ApiRequest;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.lambda.InvokeOutcome;
import io.stepwise.service.lambda.InvokeRequest;
import io.stepwise.service.lambda.LambdaErrors;
import io.stepwise.service.lambda.LambdaFunctions;
import io.stepwise.service.lambda.LambdaInvocations;
import io.stepwise.tasks.functions.InvocationLog;
import io.stepwise.tasks.functions.InvocationResult;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Runs one routed Lambda request: reads its path, query and headers into the operation's call. */
final class LambdaRequests {
  private final LambdaFunctions functions;
  private final LambdaInvocations invocations;
  private final LambdaReplies replies;
  private final String accountId;
  private final String defaultRegion;
  private final ObjectMapper mapper = new ObjectMapper();

  LambdaRequests(
      LambdaFunctions functions,
      LambdaInvocations invocations,
      LambdaReplies replies,
      String accountId,
      String defaultRegion) {
    this.functions = functions;
    this.invocations = invocations;
    this.replies = replies;
    this.accountId = accountId;
    this.defaultRegion = defaultRegion;
  }

  RequestContext context(Caller caller, String requestId) {
    return new RequestContext(
        caller.region().orElse(defaultRegion), accountId, caller.accessKeyId(), requestId);
  }

  ApiReply run(RequestContext context, LambdaRoute route, ApiRequest request, JsonNode body) {
    String name = route.functionName();
    Map<String, String> query = query(request.rawQuery());
    return switch (route.operation()) {
      case CREATE_FUNCTION -> reply(201, functions.create(context, body), context);
      case LIST_FUNCTIONS ->
          reply(
              200,
              maxItems(query)
                  .then(max -> functions.list(Optional.ofNullable(query.get("Marker")), max)),
              context);
      case GET_FUNCTION -> reply(200, functions.get(context, qualified(name, query)), context);
      case GET_FUNCTION_CONFIGURATION ->
          reply(200, functions.getConfiguration(context, qualified(name, query)), context);
      case DELETE_FUNCTION ->
          reply(204, functions.delete(context, qualified(name, query)), context);
      case UPDATE_FUNCTION_CODE -> reply(200, functions.updateCode(context, name, body), context);
      case UPDATE_FUNCTION_CONFIGURATION ->
          reply(200, functions.updateConfiguration(context, name, body), context);
      case PUT_FUNCTION_CONCURRENCY ->
          reply(200, functions.putConcurrency(context, name, body), context);
      case GET_FUNCTION_CONCURRENCY -> reply(200, functions.getConcurrency(context, name), context);
      case DELETE_FUNCTION_CONCURRENCY ->
          reply(204, functions.deleteConcurrency(context, name), context);
      case INVOKE -> invoke(context, route, request);
    };
  }

  /**
   * Invoke: the body is the payload as it is; the result is the function's payload, with {@code
   * X-Amz-Function-Error} when it failed and {@code X-Amz-Log-Result} (the base64 tail of its log)
   * when {@code X-Amz-Log-Type} is Tail.
   */
  ApiReply invoke(RequestContext context, LambdaRoute route, ApiRequest request) {
    String payload = new String(request.body(), StandardCharsets.UTF_8);
    if (payload.isBlank()) {
      payload = "{}";
    } else {
      try {
        mapper.readTree(payload);
      } catch (IOException unreadable) {
        return replies.error(
            ApiError.of(
                LambdaErrors.INVALID_REQUEST_CONTENT,
                "Could not parse request body into json: Could not parse payload into json: "
                    + LambdaHttpHandler.firstLine(unreadable)),
            context.requestId());
      }
    }
    InvokeRequest invoke =
        new InvokeRequest(
            route.functionName(),
            Optional.ofNullable(query(request.rawQuery()).get("Qualifier")),
            request.header("X-Amz-Invocation-Type").orElse("RequestResponse"),
            payload);
    boolean tail = request.header("X-Amz-Log-Type").filter("Tail"::equals).isPresent();
    return switch (invocations.invoke(context, invoke)) {
      case ApiResult.Err<InvokeOutcome> err -> replies.error(err.error(), context.requestId());
      case ApiResult.Ok<InvokeOutcome> ok -> invoked(ok.value(), tail, context.requestId());
    };
  }

  private static ApiReply invoked(InvokeOutcome outcome, boolean tail, String requestId) {
    return switch (outcome) {
      case InvokeOutcome.Queued queued ->
          new ApiReply(202, LambdaReplies.headers(requestId), new byte[0]);
      case InvokeOutcome.Validated validated ->
          new ApiReply(204, LambdaReplies.headers(requestId), new byte[0]);
      case InvokeOutcome.Completed completed -> completed(completed.result(), tail, requestId);
    };
  }

  private static ApiReply completed(InvocationResult result, boolean tail, String requestId) {
    Map<String, String> headers = new HashMap<>(LambdaReplies.headers(requestId));
    headers.put("X-Amz-Executed-Version", "$LATEST");
    if (tail) {
      headers.put(
          "X-Amz-Log-Result", Base64.getEncoder().encodeToString(InvocationLog.tail(result.log())));
    }
    String payload =
        switch (result) {
          case InvocationResult.Returned returned -> returned.payload();
          case InvocationResult.FunctionError error -> {
            headers.put("X-Amz-Function-Error", "Unhandled");
            yield error.payload();
          }
          case InvocationResult.Rejected rejected ->
              throw new IllegalStateException("Expected a rejection as an error, got " + rejected);
        };
    return new ApiReply(200, headers, payload.getBytes(StandardCharsets.UTF_8));
  }

  private ApiReply reply(int status, ApiResult<? extends JsonNode> result, RequestContext context) {
    return switch (result) {
      case ApiResult.Ok<? extends JsonNode> ok ->
          status == 204
              ? new ApiReply(204, LambdaReplies.headers(context.requestId()), new byte[0])
              : replies.success(status, ok.value(), context.requestId());
      case ApiResult.Err<? extends JsonNode> err -> replies.error(err.error(), context.requestId());
    };
  }

  private static ApiResult<Optional<Integer>> maxItems(Map<String, String> query) {
    String value = query.get("MaxItems");
    if (value == null) {
      return ApiResult.ok(Optional.empty());
    }
    try {
      return ApiResult.ok(Optional.of(Integer.parseInt(value)));
    } catch (NumberFormatException e) {
      return ApiError.of(LambdaErrors.INVALID_PARAMETER_VALUE, "Invalid MaxItems: " + value)
          .asResult();
    }
  }

  private static String qualified(String name, Map<String, String> query) {
    String qualifier = query.get("Qualifier");
    return qualifier == null ? name : name + ":" + qualifier;
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> parameters = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
