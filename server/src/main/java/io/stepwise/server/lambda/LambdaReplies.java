package io.stepwise.server.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.server.wire.ApiReply;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ErrorTypes;
import io.stepwise.service.lambda.LambdaErrors;
import java.util.Map;

/**
 * The Lambda API's REST-JSON responses: {@code application/json} bodies with the request id in
 * {@code x-amzn-RequestId}; errors as {@code {"Type": "User", "message": "..."}} with the error
 * shape in {@code x-amzn-ErrorType}, where SDKs and the CLI read it, and the shape's HTTP status.
 */
final class LambdaReplies {
  static final String CONTENT_TYPE = "application/json";

  private final ObjectMapper mapper;

  LambdaReplies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ApiReply success(int status, JsonNode output, String requestId) {
    return new ApiReply(status, headers(requestId), bytes(output));
  }

  ApiReply error(ApiError error, String requestId) {
    int status = status(error.type());
    ObjectNode body =
        mapper
            .createObjectNode()
            .put("Type", status >= 500 ? "Service" : "User")
            .put("message", error.message());
    error.fields().forEach(body::put);
    Map<String, String> headers =
        Map.of(
            "Content-Type", CONTENT_TYPE,
            "x-amzn-RequestId", requestId,
            "x-amzn-ErrorType", error.type());
    return new ApiReply(status, headers, bytes(body));
  }

  static Map<String, String> headers(String requestId) {
    return Map.of("Content-Type", CONTENT_TYPE, "x-amzn-RequestId", requestId);
  }

  private static int status(String errorType) {
    return switch (errorType) {
      case LambdaErrors.RESOURCE_NOT_FOUND, ErrorTypes.UNKNOWN_OPERATION -> 404;
      case LambdaErrors.RESOURCE_CONFLICT -> 409;
      case LambdaErrors.TOO_MANY_REQUESTS -> 429;
      case ErrorTypes.REQUEST_TOO_LARGE, "RequestTooLargeException" -> 413;
      case ErrorTypes.MISSING_AUTHENTICATION_TOKEN,
          ErrorTypes.UNRECOGNIZED_CLIENT,
          ErrorTypes.INVALID_SIGNATURE,
          ErrorTypes.INCOMPLETE_SIGNATURE ->
          403;
      case LambdaErrors.SERVICE, ErrorTypes.INTERNAL_FAILURE -> 500;
      default -> 400;
    };
  }

  private byte[] bytes(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected every JsonNode to serialize", e);
    }
  }
}
