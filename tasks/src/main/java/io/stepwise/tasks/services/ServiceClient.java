package io.stepwise.tasks.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.runtime.TaskResult;
import io.stepwise.tasks.aws.AwsCredentials;
import io.stepwise.tasks.aws.RequestSigner;
import io.stepwise.tasks.http.LazyHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Sends tasks' calls to AWS services: to the endpoint configured for the service, signed with
 * Signature V4 when credentials are set, and answers the task's result or error.
 */
public final class ServiceClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LazyHttpClient http =
      new LazyHttpClient(() -> HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
  private final ServiceEndpoints endpoints;
  private final Optional<AwsCredentials> credentials;
  private final Clock clock;

  public ServiceClient(
      ServiceEndpoints endpoints, Optional<AwsCredentials> credentials, Clock clock) {
    this.endpoints = endpoints;
    this.credentials = credentials;
    this.clock = clock;
  }

  /** Calls {@code action} of a JSON-protocol service with {@code parameters} as its request. */
  CompletionStage<TaskResult> callJson(
      AwsService service, String action, JsonNode parameters, String region) {
    byte[] body =
        (service.camelCaseMembers() ? MemberCase.toWire(parameters) : parameters)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    return send(
        service.endpointId(),
        service.sdkName(),
        service.signingName(),
        region,
        body,
        request ->
            request
                .header("Content-Type", "application/x-amz-json-" + service.jsonVersion())
                .header("X-Amz-Target", service.targetPrefix() + "." + action),
        response -> jsonResult(service, response));
  }

  /** Calls a query-protocol service with a form body; {@code result} reads a success. */
  CompletionStage<TaskResult> callQuery(
      QueryService service,
      String form,
      String region,
      Function<HttpResponse<String>, TaskResult> result) {
    return send(
        service.endpointId(),
        service.sdkName(),
        service.signingName(),
        region,
        form.getBytes(StandardCharsets.UTF_8),
        request -> request.header("Content-Type", "application/x-www-form-urlencoded"),
        result);
  }

  private CompletionStage<TaskResult> send(
      String endpointId,
      String sdkName,
      String signingName,
      String region,
      byte[] body,
      Function<HttpRequest.Builder, HttpRequest.Builder> headers,
      Function<HttpResponse<String>, TaskResult> result) {
    Optional<URI> endpoint = endpoints.of(endpointId);
    if (endpoint.isEmpty()) {
      return CompletableFuture.completedFuture(
          TaskResult.failure(
              ErrorNames.TASK_FAILED,
              "No endpoint is configured for the service "
                  + sdkName
                  + ": set "
                  + ServiceEndpoints.setting(endpointId, sdkName)));
    }
    URI uri = endpoint.get();
    HttpRequest.Builder request =
        headers.apply(
            HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    credentials.ifPresent(
        keys ->
            new RequestSigner(keys, signingName, clock).sign(request, "POST", uri, body, region));
    return http.get()
        .sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, error) ->
                error == null
                    ? result.apply(response)
                    : TaskResult.failure(
                        sdkName + ".SdkClientException",
                        "Unable to execute HTTP request to " + uri + ": " + error.getMessage()));
  }

  private static TaskResult jsonResult(AwsService service, HttpResponse<String> response) {
    JsonNode body = parse(response.body());
    if (response.statusCode() / 100 != 2) {
      return ServiceErrors.ofJson(service.errorPrefix(), response, body);
    }
    JsonNode result = body == null ? JSON.createObjectNode() : body;
    return TaskResult.success(service.camelCaseMembers() ? MemberCase.fromWire(result) : result);
  }

  private static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (IOException notJson) {
      return null;
    }
  }
}
