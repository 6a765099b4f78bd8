package io.stepwise.tasks.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stepwise.runtime.TaskResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpInvokeIntegrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARN = "arn:aws:events:us-east-1:123456789012:connection/";

  /** What the test server received: method, path with query, headers, body. */
  private record Received(
      String method, String uri, Map<String, List<String>> headers, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private String base;
  private HttpInvokeIntegration http;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
    int port = server.getAddress().getPort();
    base = "http://127.0.0.1:" + port;
    Map<String, Connection> connections =
        Map.of(
            "Basic",
            new Connection("Basic", new Connection.Basic("ann", "s3cret")),
            "Key",
            new Connection("Key", new Connection.ApiKey("x-api-key", "k-1")),
            "OAuth",
            new Connection(
                "OAuth", new Connection.OAuthClientCredentials(base + "/token", "id", "pw")));
    http =
        new HttpInvokeIntegration(
            new HttpTaskSettings(connections, Set.of("127.0.0.1:" + port), Duration.ofMillis(500)));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String uri = exchange.getRequestURI().toString();
    received.add(
        new Received(exchange.getRequestMethod(), uri, exchange.getRequestHeaders(), body));
    if (uri.startsWith("/slow")) {
      sleep();
    }
    int status = uri.startsWith("/missing") ? 404 : 200;
    String answer =
        uri.startsWith("/token")
            ? "{\"access_token\":\"tok-9\",\"expires_in\":3600}"
            : "{\"ok\":true}";
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static void sleep() {
    try {
      Thread.sleep(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private TaskResult invoke(String parameters) throws Exception {
    JsonNode json = JSON.readTree(parameters.replace("BASE", base).replace("ARN", ARN));
    return http.invoke(json, null).toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void aGetCarriesItsQueryHeadersAndBasicAuthorizationAndAnswersAwssShape() throws Exception {
    TaskResult result =
        invoke(
            """
            {"ApiEndpoint":"BASE/customers","Method":"GET",
             "Authentication":{"ConnectionArn":"ARNBasic/81210c42"},
             "Headers":{"Accept":"application/json"},
             "QueryParameters":{"limit":"10","tag":["a","b c"]}}""");

    JsonNode output = ((TaskResult.Success) result).output();
    assertThat(output.get("StatusCode").asInt()).isEqualTo(200);
    assertThat(output.get("StatusText").asText()).isEqualTo("OK");
    assertThat(output.get("ResponseBody")).isEqualTo(JSON.readTree("{\"ok\":true}"));
    assertThat(output.get("Headers").get("content-type").get(0).asText())
        .isEqualTo("application/json");
    Received request = received.getFirst();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.uri()).isEqualTo("/customers?limit=10&tag=a&tag=b+c");
    assertThat(request.headers().get("Authorization")).containsExactly("Basic YW5uOnMzY3JldA==");
    assertThat(request.headers().get("Accept")).containsExactly("application/json");
  }

  @Test
  void aJsonBodyIsSentAsJsonWithTheApiKeyHeader() throws Exception {
    invoke(
        """
        {"ApiEndpoint":"BASE/orders","Method":"POST",
         "Authentication":{"ConnectionArn":"ARNKey/1"},"RequestBody":{"id":7,"items":["x"]}}""");

    Received request = received.getFirst();
    assertThat(request.body()).isEqualTo("{\"id\":7,\"items\":[\"x\"]}");
    assertThat(request.headers().get("Content-type")).containsExactly("application/json");
    assertThat(request.headers().get("X-api-key")).containsExactly("k-1");
  }

  @Test
  void aUrlEncodedBodyWritesArraysInTheGivenFormat() throws Exception {
    invoke(
        """
        {"ApiEndpoint":"BASE/forms","Method":"POST",
         "Authentication":{"ConnectionArn":"ARNKey/1"},
         "RequestBody":{"name":"A B","tags":["x","y"],"o":{"k":1}},
         "Transform":{"RequestBodyEncoding":"URL_ENCODED",
                      "RequestEncodingOptions":{"ArrayFormat":"BRACKETS"}}}""");

    Received request = received.getFirst();
    assertThat(request.body()).isEqualTo("name=A+B&tags%5B%5D=x&tags%5B%5D=y&o%5Bk%5D=1");
    assertThat(request.headers().get("Content-type"))
        .containsExactly("application/x-www-form-urlencoded");
  }

  @Test
  void anOAuthConnectionFetchesItsTokenOnceAndSendsItAsBearer() throws Exception {
    String call =
        """
        {"ApiEndpoint":"BASE/me","Method":"GET","Authentication":{"ConnectionArn":"ARNOAuth/1"}}""";
    invoke(call);
    invoke(call);

    assertThat(received).extracting(Received::uri).containsExactly("/token", "/me", "/me");
    assertThat(received.getFirst().body()).isEqualTo("grant_type=client_credentials");
    assertThat(received.get(2).headers().get("Authorization")).containsExactly("Bearer tok-9");
  }

  @Test
  void aStatusOutside2xxFailsWithItsCodeAndTheResponseAsCause() throws Exception {
    TaskResult result =
        invoke(
            """
            {"ApiEndpoint":"BASE/missing","Method":"GET",
             "Authentication":{"ConnectionArn":"ARNBasic/1"}}""");

    TaskResult.Failure failure = (TaskResult.Failure) result;
    assertThat(failure.error()).isEqualTo("States.Http.StatusCode.404");
    JsonNode cause = JSON.readTree(failure.cause());
    assertThat(cause.get("StatusCode").asInt()).isEqualTo(404);
    assertThat(cause.get("StatusText").asText()).isEqualTo("Not Found");
  }

  @Test
  void aRequestThatTimesOutFailsWithHttpSocket() throws Exception {
    TaskResult result =
        invoke(
            """
            {"ApiEndpoint":"BASE/slow","Method":"GET","Authentication":{"ConnectionArn":"ARNBasic/1"}}""");

    assertThat(((TaskResult.Failure) result).error()).isEqualTo("States.Http.Socket");
  }

  @Test
  void aHostTheOperatorDidNotAllowIsNeverCalled() throws Exception {
    TaskResult result =
        invoke(
            """
            {"ApiEndpoint":"http://localhost:1/x","Method":"GET",
             "Authentication":{"ConnectionArn":"ARNBasic/1"}}""");

    TaskResult.Failure failure = (TaskResult.Failure) result;
    assertThat(failure.error()).isEqualTo("States.Permissions");
    assertThat(failure.cause()).contains("localhost", "allowedHosts");
  }

  @Test
  void anUnknownConnectionOrMethodFailsBeforeAnyRequest() throws Exception {
    TaskResult unknown =
        invoke(
            """
            {"ApiEndpoint":"BASE/x","Method":"GET","Authentication":{"ConnectionArn":"ARNNope/1"}}""");
    TaskResult method =
        invoke(
            """
            {"ApiEndpoint":"BASE/x","Method":"FETCH","Authentication":{"ConnectionArn":"ARNBasic/1"}}""");

    assertThat(((TaskResult.Failure) unknown).error())
        .isEqualTo("Events.ConnectionResource.ResourceNotFound");
    assertThat(((TaskResult.Failure) method).cause()).contains("Method", "FETCH");
    assertThat(received).isEmpty();
  }
}
