package io.stepwise.tasks.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.runtime.TaskResult;
import io.stepwise.tasks.functions.InvocationResult.FunctionError;
import io.stepwise.tasks.functions.InvocationResult.Rejected;

/**
 * How Step Functions turns what Lambda answered into a task failure: a function error fails the
 * task with the error document's errorType as the error and the document itself as the cause; an
 * error document without errorType becomes {@code Lambda.Unknown}; a Lambda API error becomes
 * {@code Lambda.<ErrorCode>} with the AWS SDK's description as the cause.
 */
final class LambdaTaskErrors {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String UNKNOWN = "Lambda.Unknown";

  private LambdaTaskErrors() {}

  static TaskResult failure(FunctionError error) {
    JsonNode document = parse(error.payload());
    JsonNode errorType = document.path("errorType");
    if (errorType.isTextual()) {
      return TaskResult.failure(errorType.asText(), error.payload());
    }
    return TaskResult.failure(
        UNKNOWN,
        "The cause could not be determined because Lambda did not return an error type. "
            + "Returned payload: "
            + error.payload());
  }

  static TaskResult failure(Rejected rejected) {
    return TaskResult.failure(
        "Lambda." + rejected.errorCode(),
        rejected.message()
            + " (Service: AWSLambda; Status Code: "
            + rejected.statusCode()
            + "; Error Code: "
            + rejected.errorCode()
            + "; Request ID: "
            + rejected.requestId()
            + "; Proxy: null)");
  }

  /** The message of a Lambda API error's body ({@code message} or {@code Message}), or the body. */
  static String message(String body) {
    JsonNode document = parse(body);
    for (String field : new String[] {"message", "Message"}) {
      if (document.path(field).isTextual()) {
        return document.get(field).asText();
      }
    }
    return body;
  }

  /** A payload as JSON: text that is not JSON stays a string, an empty payload is null. */
  static JsonNode parse(String payload) {
    if (payload.isBlank()) {
      return NullNode.getInstance();
    }
    try {
      return JSON.readTree(payload);
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(payload);
    }
  }
}
