package io.stepwise.server.lambda;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwise.server.auth.Authenticator;
import io.stepwise.server.auth.Caller;
import io.stepwise.server.wire.ApiReply;
import io.stepwise.server.wire.ApiRequest;
import io.stepwise.server.wire.HttpRequests;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.ErrorTypes;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.lambda.LambdaErrors;
import io.stepwise.service.lambda.LambdaFunctions;
import io.stepwise.service.lambda.LambdaInvocations;
import io.stepwise.service.name.RandomUuids;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * Answers Lambda API requests in AWS's order: authenticate (signatures scoped to {@code lambda}),
 * find the operation by method and path, read the JSON body, run the operation. An exception from
 * an operation is a bug: it becomes a ServiceException, logged with the request id.
 */
final class LambdaHttpHandler implements Handler {
  private static final System.Logger LOG = System.getLogger(LambdaHttpHandler.class.getName());

  private final Authenticator authenticator;
  private final int maxBodyBytes;
  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectReader reader =
      mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final LambdaReplies replies = new LambdaReplies(mapper);
  private final LambdaRequests requests;

  LambdaHttpHandler(
      LambdaFunctions functions,
      LambdaInvocations invocations,
      Authenticator authenticator,
      int maxBodyBytes,
      String accountId,
      String defaultRegion) {
    this.authenticator = authenticator;
    this.maxBodyBytes = maxBodyBytes;
    this.requests = new LambdaRequests(functions, invocations, replies, accountId, defaultRegion);
  }

  @Override
  public void handle(ServerRequest request, ServerResponse response) throws IOException {
    String requestId = RandomUuids.next();
    ApiReply reply =
        HttpRequests.readBody(request, maxBodyBytes)
            .map(body -> answer(HttpRequests.apiRequest(request, body), requestId))
            .orElseGet(() -> replies.error(tooLarge(), requestId));
    response.status(reply.status());
    reply.headers().forEach(response::header);
    response.send(reply.body());
  }

  private ApiReply answer(ApiRequest request, String requestId) {
    try {
      return switch (authenticator.authenticate(request)) {
        case ApiResult.Err<Caller> err -> replies.error(err.error(), requestId);
        case ApiResult.Ok<Caller> ok -> route(request, ok.value(), requestId);
      };
    } catch (RuntimeException bug) {
      LOG.log(
          Level.ERROR, "Lambda request " + requestId + " " + request.rawPath() + " failed", bug);
      return replies.error(
          ApiError.of(LambdaErrors.SERVICE, "An internal error occurred."), requestId);
    }
  }

  private ApiReply route(ApiRequest request, Caller caller, String requestId) {
    LambdaRoute route = LambdaRoute.of(request.method(), request.rawPath()).orElse(null);
    if (route == null) {
      return replies.error(ApiError.of(ErrorTypes.UNKNOWN_OPERATION, ""), requestId);
    }
    RequestContext context = requests.context(caller, requestId);
    if (route.operation() == LambdaRoute.Operation.INVOKE) {
      return requests.invoke(context, route, request);
    }
    try {
      JsonNode body =
          isBlank(request.body()) ? mapper.createObjectNode() : reader.readTree(request.body());
      return requests.run(context, route, request, body);
    } catch (IOException unreadable) {
      return replies.error(
          ApiError.of(
              LambdaErrors.INVALID_REQUEST_CONTENT,
              "Could not parse request body into json: " + firstLine(unreadable)),
          requestId);
    }
  }

  private ApiError tooLarge() {
    return ApiError.of(
        "RequestTooLargeException",
        "Request must be smaller than " + maxBodyBytes + " bytes for this server.");
  }

  static String firstLine(IOException unreadable) {
    String message = String.valueOf(unreadable.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }
}
