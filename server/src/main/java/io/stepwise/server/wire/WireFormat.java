package io.stepwise.server.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ErrorTypes;
import java.util.Map;

/**
 * AWS JSON 1.0 responses: {@code application/x-amz-json-1.0} bodies, the request id in {@code
 * x-amzn-RequestId}, and errors as {@code {"__type": "<shape>", "message": "..."}} with the shape
 * also in {@code x-amzn-ErrorType}, where SDKs look first.
 */
public final class WireFormat {

  public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  private final ObjectMapper mapper;

  public WireFormat(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public ApiReply success(JsonNode output, String requestId) {
    return new ApiReply(200, headers(requestId), bytes(output));
  }

  /**
   * The error as AWS sends it. An empty message is left out of the body, as AWS leaves it out of
   * UnknownOperationException and of SerializationException for unreadable JSON.
   */
  public ApiReply error(ApiError error, String requestId) {
    ObjectNode body = mapper.createObjectNode().put("__type", error.type());
    if (!error.message().isEmpty()) {
      body.put("message", error.message());
    }
    error.fields().forEach(body::put);
    Map<String, String> headers =
        Map.of(
            "Content-Type", CONTENT_TYPE,
            "x-amzn-RequestId", requestId,
            "x-amzn-ErrorType", error.type());
    return new ApiReply(status(error.type()), headers, bytes(body));
  }

  private static int status(String errorType) {
    return switch (errorType) {
      case ErrorTypes.INTERNAL_FAILURE -> 500;
      case ErrorTypes.REQUEST_TOO_LARGE -> 413;
      default -> 400;
    };
  }

  private static Map<String, String> headers(String requestId) {
    return Map.of("Content-Type", CONTENT_TYPE, "x-amzn-RequestId", requestId);
  }

  private byte[] bytes(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected every JsonNode to serialize", e);
    }
  }
}
