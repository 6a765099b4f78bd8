package io.stepwise.tasks.services;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.runtime.TaskResult;
import java.net.http.HttpResponse;

/**
 * A service's refusal as a task's error, named as Step Functions names it: the service's prefix and
 * the SDK's exception name, for example {@code DynamoDB.ConditionalCheckFailedException} or {@code
 * SQS.QueueDoesNotExistException}; the cause is the service's message, with the service, status
 * code and request id as the SDK words them.
 */
final class ServiceErrors {
  private static final String EXCEPTION = "Exception";

  private ServiceErrors() {}

  /** The task error of an AWS JSON error body ({@code __type} and {@code message}). */
  static TaskResult ofJson(String errorPrefix, HttpResponse<String> response, JsonNode body) {
    String type = body == null ? "" : body.path("__type").asText("");
    String message =
        body == null
            ? response.body()
            : body.path("message").asText(body.path("Message").asText(""));
    return failure(errorPrefix, exceptionName(type), message, response);
  }

  static TaskResult failure(
      String errorPrefix, String exception, String message, HttpResponse<String> response) {
    String requestId =
        response
            .headers()
            .firstValue("x-amzn-RequestId")
            .or(() -> response.headers().firstValue("x-amz-request-id"))
            .orElse("");
    return TaskResult.failure(
        errorPrefix + "." + exception,
        message
            + " (Service: "
            + errorPrefix
            + ", Status Code: "
            + response.statusCode()
            + ", Request ID: "
            + requestId
            + ")");
  }

  /**
   * The SDK's exception name of an error type: the part after the namespace ({@code
   * com.amazonaws.sqs#QueueDoesNotExist}) and before any {@code :} suffix, ending in Exception.
   */
  static String exceptionName(String type) {
    String name = type.substring(type.indexOf('#') + 1);
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    if (name.isEmpty()) {
      name = "Unknown";
    }
    return name.endsWith(EXCEPTION) ? name : name + EXCEPTION;
  }
}
