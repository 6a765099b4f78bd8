package io.stepwise.tasks.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.runtime.TaskContext;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskResult;
import io.stepwise.tasks.functions.FunctionInvocations;
import io.stepwise.tasks.functions.InvocationLog;
import io.stepwise.tasks.functions.InvocationResult;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The optimized Lambda integration ({@code "Resource": "arn:aws:states:::lambda:invoke"}) with
 * FunctionName, Payload, Qualifier, InvocationType and LogType: the task's result is Lambda's
 * Invoke response as the AWS SDK for Java v1 describes it (ExecutedVersion, Payload,
 * SdkHttpMetadata, SdkResponseMetadata, StatusCode).
 */
public final class LambdaInvokeIntegration implements TaskInvoker {
  public static final String RESOURCE = "arn:aws:states:::lambda:invoke";

  private final FunctionInvocations functions;

  public LambdaInvokeIntegration(FunctionInvocations functions) {
    this.functions = functions;
  }

  @Override
  public CompletionStage<TaskResult> invoke(JsonNode parameters, TaskContext context) {
    String name = parameters.path("FunctionName").asText("");
    String qualified =
        parameters.hasNonNull("Qualifier")
            ? name + ":" + parameters.get("Qualifier").asText()
            : name;
    JsonNode payload = parameters.get("Payload");
    String event = payload == null ? "{}" : payload.toString();
    CompletionStage<InvocationResult> invocation = functions.invoke(qualified, event);
    if ("Event".equals(parameters.path("InvocationType").asText())) {
      return CompletableFuture.completedFuture(accepted(invocation));
    }
    boolean tail = "Tail".equals(parameters.path("LogType").asText());
    return invocation.thenApply(result -> result(result, tail));
  }

  /**
   * An asynchronous invocation answers 202 at once; only Lambda's refusals (an unknown function,
   * throttling), which come before any code runs, fail the task.
   */
  private static TaskResult accepted(CompletionStage<InvocationResult> invocation) {
    if (invocation.toCompletableFuture().getNow(null)
        instanceof InvocationResult.Rejected refused) {
      return LambdaTaskErrors.failure(refused);
    }
    return TaskResult.success(envelope(null, "", 202, false));
  }

  private static TaskResult result(InvocationResult result, boolean tail) {
    return switch (result) {
      case InvocationResult.Returned returned ->
          TaskResult.success(envelope(returned, returned.payload(), 200, tail));
      case InvocationResult.FunctionError error -> LambdaTaskErrors.failure(error);
      case InvocationResult.Rejected rejected -> LambdaTaskErrors.failure(rejected);
    };
  }

  private static ObjectNode envelope(
      InvocationResult.Returned returned, String payload, int status, boolean tail) {
    String requestId = returned == null ? "" : returned.requestId();
    ObjectNode envelope = LambdaTaskErrors.JSON.createObjectNode();
    envelope.put("ExecutedVersion", "$LATEST");
    if (tail) {
      envelope.put(
          "LogResult", Base64.getEncoder().encodeToString(InvocationLog.tail(returned.log())));
    }
    envelope.set(
        "Payload", payload.isEmpty() ? envelope.textNode("") : LambdaTaskErrors.parse(payload));
    envelope.set("SdkHttpMetadata", httpMetadata(requestId, payload, status));
    envelope.putObject("SdkResponseMetadata").put("RequestId", requestId);
    envelope.put("StatusCode", status);
    return envelope;
  }

  private static ObjectNode httpMetadata(String requestId, String payload, int status) {
    String length = Integer.toString(payload.getBytes(StandardCharsets.UTF_8).length);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
    String hex = requestId.replace("-", "");
    String trace = "root=1-" + hex.substring(0, Math.min(8, hex.length()));
    String[][] headers = {
      {"X-Amz-Executed-Version", "$LATEST"},
      {"x-amzn-Remapped-Content-Length", "0"},
      {"Connection", "keep-alive"},
      {"x-amzn-RequestId", requestId},
      {"Content-Length", length},
      {"Date", date},
      {"X-Amzn-Trace-Id", trace},
      {"Content-Type", "application/json"}
    };
    ObjectNode metadata = LambdaTaskErrors.JSON.createObjectNode();
    ObjectNode all = metadata.putObject("AllHttpHeaders");
    for (String[] header : headers) {
      all.putArray(header[0]).add(header[1]);
    }
    ObjectNode single = metadata.putObject("HttpHeaders");
    Arrays.stream(headers)
        .sorted((a, b) -> a[0].compareToIgnoreCase(b[0]))
        .forEach(header -> single.put(header[0], header[1]));
    metadata.put("HttpStatusCode", status);
    return metadata;
  }
}
