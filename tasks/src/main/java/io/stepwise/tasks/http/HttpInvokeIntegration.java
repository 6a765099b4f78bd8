package io.stepwise.tasks.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.runtime.TaskContext;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The HTTP task, {@code "Resource": "arn:aws:states:::http:invoke"}: checks that the endpoint's
 * host is allowed and that the connection named by {@code Authentication.ConnectionArn} exists,
 * adds the connection's authorization, sends the request, and answers the response as AWS shapes
 * it. A request that times out or cannot connect fails with States.Http.Socket.
 */
public final class HttpInvokeIntegration implements TaskInvoker {
  public static final String RESOURCE = "arn:aws:states:::http:invoke";

  private final HttpTaskSettings settings;
  private final LazyHttpClient client;
  private final BearerTokens tokens;

  public HttpInvokeIntegration(HttpTaskSettings settings) {
    this.settings = settings;
    this.client =
        new LazyHttpClient(
            () ->
                HttpClient.newBuilder()
                    .connectTimeout(settings.timeout())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build());
    this.tokens = new BearerTokens(client, settings.timeout());
  }

  /** Registers the HTTP task with {@code settings} into {@code tasks}; returns the registry. */
  public static TaskRegistry register(TaskRegistry tasks, HttpTaskSettings settings) {
    return tasks.register(RESOURCE, new HttpInvokeIntegration(settings));
  }

  @Override
  public CompletionStage<TaskResult> invoke(JsonNode parameters, TaskContext context) {
    URI endpoint = RequestBuilder.endpoint(parameters);
    if (endpoint == null) {
      return failed(
          HttpTaskErrors.RUNTIME,
          "The ApiEndpoint parameter must be an absolute http or https URL, but it is "
              + parameters.path("ApiEndpoint"));
    }
    if (!settings.allows(endpoint)) {
      return failed(
          HttpTaskErrors.PERMISSIONS,
          "HTTP tasks may not reach "
              + endpoint.getHost()
              + ": the operator must add it to allowedHosts in the HTTP task settings");
    }
    String arn = parameters.path("Authentication").path("ConnectionArn").asText("");
    Optional<Connection> connection = settings.connection(arn);
    if (connection.isEmpty()) {
      return failed(
          HttpTaskErrors.CONNECTION_NOT_FOUND,
          "No connection is configured for the ConnectionArn '" + arn + "'");
    }
    return authorization(connection.get())
        .thenCompose(headers -> send(parameters, endpoint, headers))
        .exceptionally(HttpInvokeIntegration::failure);
  }

  private CompletionStage<Map<String, String>> authorization(Connection connection) {
    return switch (connection.authorization()) {
      case Connection.Basic basic ->
          CompletableFuture.completedFuture(
              Map.of(
                  "Authorization", "Basic " + base64(basic.username() + ":" + basic.password())));
      case Connection.ApiKey key ->
          CompletableFuture.completedFuture(Map.of(key.headerName(), key.value()));
      case Connection.OAuthClientCredentials oauth ->
          tokens
              .token(connection.name(), oauth)
              .thenApply(token -> Map.of("Authorization", "Bearer " + token));
    };
  }

  private CompletionStage<TaskResult> send(
      JsonNode parameters, URI endpoint, Map<String, String> authorization) {
    return switch (RequestBuilder.build(parameters, endpoint, settings.timeout(), authorization)) {
      case PreparedRequest.Refused refused -> CompletableFuture.completedFuture(refused.failure());
      case PreparedRequest.Ready ready ->
          client
              .get()
              .sendAsync(ready.request(), HttpResponse.BodyHandlers.ofString())
              .thenApply(ResponseShape::of);
    };
  }

  /** A request that did not get a response: it timed out, could not connect, or had no token. */
  private static TaskResult failure(Throwable thrown) {
    Throwable cause =
        thrown instanceof CompletionException c && c.getCause() != null ? c.getCause() : thrown;
    if (cause instanceof IllegalStateException noToken) {
      return TaskResult.failure(HttpTaskErrors.CONNECTION_STATE, noToken.getMessage());
    }
    String what = cause instanceof HttpTimeoutException ? "timed out" : "failed";
    return TaskResult.failure(HttpTaskErrors.SOCKET, "The HTTP request " + what + ": " + cause);
  }

  private static CompletionStage<TaskResult> failed(String error, String cause) {
    return CompletableFuture.completedFuture(TaskResult.failure(error, cause));
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
