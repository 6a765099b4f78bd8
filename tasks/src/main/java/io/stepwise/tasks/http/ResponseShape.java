package io.stepwise.tasks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.runtime.TaskResult;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * An HTTP task's result as AWS gives it: {@code Headers} (each a list of values), {@code
 * ResponseBody} (parsed when it is JSON, else the text), {@code StatusCode} and {@code StatusText}.
 * A status outside 2xx fails the task with {@code States.Http.StatusCode.<code>}, and the same
 * result, as JSON text, is the cause, so that a Catch can read the response.
 */
final class ResponseShape {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResponseShape() {}

  static TaskResult of(HttpResponse<String> response) {
    ObjectNode result = JSON.createObjectNode();
    ObjectNode headers = result.putObject("Headers");
    for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
      if (!header.getKey().startsWith(":")) {
        header.getValue().forEach(headers.putArray(header.getKey())::add);
      }
    }
    result.set("ResponseBody", body(response.body()));
    result.put("StatusCode", response.statusCode());
    result.put("StatusText", StatusTexts.of(response.statusCode()));
    int status = response.statusCode();
    return status >= 200 && status < 300
        ? TaskResult.success(result)
        : TaskResult.failure(HttpTaskErrors.STATUS_CODE + status, result.toString());
  }

  private static JsonNode body(String text) {
    if (text.isEmpty()) {
      return JSON.getNodeFactory().textNode("");
    }
    try {
      return JSON.readTree(text);
    } catch (IOException notJson) {
      return JSON.getNodeFactory().textNode(text);
    }
  }
}
