package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stepwise.tasks.http.Connection;
import io.stepwise.tasks.http.HttpTaskSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** An HTTP task against a local test server, through the Step Functions API. */
class HttpTaskApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";
  private static final String DEFINITION =
      """
      {"StartAt":"Get","States":{
        "Get":{"Type":"Task","Resource":"arn:aws:states:::http:invoke",
          "Parameters":{"ApiEndpoint.$":"$.url","Method":"GET",
            "Authentication":{"ConnectionArn":
              "arn:aws:events:eu-west-1:123456789012:connection/Shop/81210c42-8af1-456b"}},
          "ResultSelector":{"status.$":"$.StatusCode","body.$":"$.ResponseBody"},
          "Catch":[{"ErrorEquals":["States.Http.StatusCode.404"],"ResultPath":"$.error",
            "Next":"NotFound"}],
          "End":true},
        "NotFound":{"Type":"Pass","Parameters":{"missing.$":"$.error.Error"},"End":true}}}""";

  @TempDir Path data;
  private HttpServer shop;
  private String shopUrl;
  private StepwiseNode node;
  private SfnClient sfn;

  @BeforeEach
  void start() throws IOException {
    shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    shop.createContext("/", HttpTaskApiTest::answer);
    shop.start();
    String host = "127.0.0.1:" + shop.getAddress().getPort();
    shopUrl = "http://" + host;
    HttpTaskSettings settings =
        new HttpTaskSettings(
            Map.of("Shop", new Connection("Shop", new Connection.ApiKey("x-api-key", "k"))),
            Set.of(host),
            Duration.ofSeconds(5));
    node =
        StepwiseNode.start(
            ServerConfig.defaults().withAddress("127.0.0.1", 0).withHttpTasks(settings), data);
    sfn = SdkClients.client(node.endpoint(), "AKIDLOCAL", "any-secret");
  }

  @AfterEach
  void stop() {
    sfn.close();
    node.close();
    shop.stop(0);
  }

  private static void answer(HttpExchange exchange) throws IOException {
    boolean known =
        exchange.getRequestURI().getPath().equals("/items/7")
            && "k".equals(exchange.getRequestHeaders().getFirst("x-api-key"));
    byte[] body = (known ? "{\"id\":7,\"name\":\"lamp\"}" : "{}").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(known ? 200 : 404, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private DescribeExecutionResponse run(String input) throws InterruptedException {
    String machine =
        sfn.createStateMachine(b -> b.name("Shop").definition(DEFINITION).roleArn(ROLE))
            .stateMachineArn();
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
    DescribeExecutionResponse described;
    while ((described = sfn.describeExecution(b -> b.executionArn(arn))).status()
        == ExecutionStatus.RUNNING) {
      Thread.sleep(5);
    }
    return described;
  }

  @Test
  void anHttpTaskAnswersTheResponseAsAwsShapesIt() throws Exception {
    DescribeExecutionResponse ended = run("{\"url\":\"" + shopUrl + "/items/7\"}");

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(JSON.readTree(ended.output()))
        .isEqualTo(JSON.readTree("{\"status\":200,\"body\":{\"id\":7,\"name\":\"lamp\"}}"));
    assertThat(
            sfn.getExecutionHistory(b -> b.executionArn(ended.executionArn())).events().stream()
                .map(HistoryEvent::typeAsString))
        .contains("TaskScheduled", "TaskStarted", "TaskSucceeded");
  }

  @Test
  void aNotFoundIsCaughtByItsStatusCodeError() throws Exception {
    DescribeExecutionResponse ended = run("{\"url\":\"" + shopUrl + "/items/8\"}");

    assertThat(JSON.readTree(ended.output()))
        .isEqualTo(JSON.readTree("{\"missing\":\"States.Http.StatusCode.404\"}"));
  }
}
