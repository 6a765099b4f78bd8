package io.stepwise.tasks.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.ExecutionResult;
import io.stepwise.runtime.InMemoryRuntime;
import io.stepwise.runtime.TaskRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lambda tasks sent to another Lambda-compatible endpoint ({@code LAMBDA_ENDPOINT}): a fake
 * endpoint on loopback answers Lambda's Invoke call as Lambda does, and records what it was sent.
 */
class RemoteFunctionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:function:";

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private HttpServer endpoint;
  private TaskRegistry tasks;

  @BeforeEach
  void start() throws IOException {
    endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    endpoint.createContext("/", this::answer);
    endpoint.start();
    URI uri = URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort());
    tasks = LambdaTasks.registerRemote(new TaskRegistry(), new RemoteFunctions(uri));
  }

  @AfterEach
  void stop() {
    endpoint.stop(0);
  }

  /** Answers as Lambda: Echo returns its event, Raise raises, any other function does not exist. */
  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getRawPath();
    requests.add(exchange.getRequestMethod() + " " + path + " " + body);
    exchange.getResponseHeaders().add("x-amzn-RequestId", "req-1");
    if (path.contains("Echo")) {
      send(exchange, 200, body);
    } else if (path.contains("Raise")) {
      exchange.getResponseHeaders().add("X-Amz-Function-Error", "Unhandled");
      send(exchange, 200, "{\"errorMessage\":\"bad order\",\"errorType\":\"ValueError\"}");
    } else {
      exchange.getResponseHeaders().add("x-amzn-ErrorType", "ResourceNotFoundException");
      send(exchange, 404, "{\"Type\":\"User\",\"message\":\"Function not found: " + path + "\"}");
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private ExecutionResult run(String task, String input) throws Exception {
    String definition =
        "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",%s,\"End\":true}}}"
            .formatted(task);
    return new InMemoryRuntime(tasks)
        .run(DefinitionParser.parse(definition).machine(), JSON.readTree(input));
  }

  @Test
  void sendsTheLegacyFormOfAnyFunctionArnToTheEndpoint() throws Exception {
    ExecutionResult result = run("\"Resource\":\"" + ARN + "Echo\"", "{\"order_id\":\"ORD-1\"}");

    assertThat(result.status())
        .as("%s: %s", result.error(), result.cause())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(JSON.readTree("{\"order_id\":\"ORD-1\"}"));
    assertThat(requests)
        .containsExactly(
            "POST /2015-03-31/functions/arn%3Aaws%3Alambda%3Aeu-west-1%3A123456789012%3Afunction"
                + "%3AEcho/invocations {\"order_id\":\"ORD-1\"}");
  }

  @Test
  void wrapsTheAnswerOfLambdaInvokeInItsEnvelope() throws Exception {
    ExecutionResult result =
        run(
            "\"Resource\":\"arn:aws:states:::lambda:invoke\","
                + "\"Parameters\":{\"FunctionName\":\"Echo\",\"Payload.$\":\"$\"}",
            "{\"a\":1}");

    assertThat(result.status())
        .as("%s: %s", result.error(), result.cause())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().path("Payload")).isEqualTo(JSON.readTree("{\"a\":1}"));
    assertThat(result.output().path("StatusCode").asInt()).isEqualTo(200);
    assertThat(result.output().at("/SdkResponseMetadata/RequestId").asText()).isEqualTo("req-1");
  }

  @Test
  void failsTheTaskWithTheErrorTypeOfAFunctionThatRaised() throws Exception {
    ExecutionResult result = run("\"Resource\":\"" + ARN + "Raise\"", "{}");

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("ValueError");
    assertThat(JSON.readTree(result.cause()).path("errorMessage").asText()).isEqualTo("bad order");
  }

  @Test
  void failsTheTaskWithLambdasErrorNameWhenTheEndpointRefuses() throws Exception {
    ExecutionResult result = run("\"Resource\":\"" + ARN + "Missing\"", "{}");

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Lambda.ResourceNotFoundException");
    assertThat(result.cause()).startsWith("Function not found: ").contains("Status Code: 404");
  }

  @Test
  void failsTheTaskWhenTheEndpointCannotBeReached() throws Exception {
    endpoint.stop(0);

    ExecutionResult result = run("\"Resource\":\"" + ARN + "Echo\"", "{}");

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Lambda.ServiceException");
    assertThat(result.cause()).contains("could not be reached");
  }
}
