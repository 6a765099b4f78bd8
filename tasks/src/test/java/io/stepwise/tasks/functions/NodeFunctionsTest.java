package io.stepwise.tasks.functions;

import static io.stepwise.tasks.functions.FunctionFixtures.node;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.tasks.functions.InvocationResult.FunctionError;
import io.stepwise.tasks.functions.InvocationResult.Returned;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeFunctionsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path root;
  static LocalFunctions functions;

  @BeforeAll
  static void start() {
    FunctionFixtures.requireInstalled("node");
    functions =
        new LocalFunctions(
            new InMemoryFunctionRegistry(),
            LocalFunctionsOptions.defaults().withWorkDirectory(root.resolve("work")));
  }

  @AfterAll
  static void stop() {
    functions.close();
  }

  static InvocationResult call(String name, String payload) throws Exception {
    return functions.invoke(name, payload).toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  static JsonNode returned(InvocationResult result) throws Exception {
    assertThat(result).isInstanceOf(Returned.class);
    return JSON.readTree(((Returned) result).payload());
  }

  static JsonNode error(InvocationResult result) throws Exception {
    assertThat(result).isInstanceOf(FunctionError.class);
    return JSON.readTree(((FunctionError) result).payload());
  }

  @Test
  void anAsyncHandlerReturnsItsValueAndItsLogIsKept() throws Exception {
    functions
        .registry()
        .put(
            node(
                root,
                "processed",
                """
                exports.handler = async (event) => {
                  console.log("processing", event.order_id);
                  return { statusCode: 200, body: "Processed" };
                };
                """));

    InvocationResult result = call("processed", "{\"order_id\": \"ORD-7\"}");

    assertThat(returned(result))
        .isEqualTo(JSON.readTree("{\"statusCode\":200,\"body\":\"Processed\"}"));
    assertThat(result.log()).contains("processing ORD-7\n");
  }

  @Test
  void aCallbackHandlerReturnsThroughTheCallbackAndStaysWarm() throws Exception {
    functions
        .registry()
        .put(
            node(
                root,
                "callback",
                "exports.handler = (event, context, callback) => callback(null, process.pid);\n"));

    long first = returned(call("callback", "{}")).asLong();

    assertThat(returned(call("callback", "{}")).asLong()).isEqualTo(first);
  }

  @Test
  void theContextAndTheEnvironmentAreLambdas() throws Exception {
    functions
        .registry()
        .put(
            node(
                    root,
                    "context",
                    """
                    exports.handler = async (event, context) => ({
                      request: context.awsRequestId,
                      name: context.functionName,
                      arn: context.invokedFunctionArn,
                      memory: context.memoryLimitInMB,
                      remaining: context.getRemainingTimeInMillis(),
                      region: process.env.AWS_REGION,
                      color: process.env.COLOR,
                    });
                    """)
                .withEnvironment(Map.of("COLOR", "blue")));

    InvocationResult result = call("context", "{}");
    JsonNode value = returned(result);

    assertThat(value.get("request").asText()).isEqualTo(result.requestId());
    assertThat(value.get("name").asText()).isEqualTo("context");
    assertThat(value.get("arn").asText())
        .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:context");
    assertThat(value.get("memory").asText()).isEqualTo("128");
    assertThat(value.get("remaining").asLong()).isBetween(1_000L, 3_000L);
    assertThat(value.get("region").asText()).isEqualTo("eu-west-1");
    assertThat(value.get("color").asText()).isEqualTo("blue");
  }

  @Test
  void aThrownErrorIsReportedWithItsNameMessageAndTrace() throws Exception {
    functions
        .registry()
        .put(
            node(
                root,
                "throws",
                """
                class PaymentDeclined extends Error {
                  constructor(message) { super(message); this.name = "PaymentDeclined"; }
                }
                exports.handler = async () => { throw new PaymentDeclined("card expired"); };
                """));

    JsonNode error = error(call("throws", "{}"));

    assertThat(error.get("errorType").asText()).isEqualTo("PaymentDeclined");
    assertThat(error.get("errorMessage").asText()).isEqualTo("card expired");
    assertThat(error.get("trace").get(0).asText()).isEqualTo("PaymentDeclined: card expired");
  }

  @Test
  void aTimeoutKillsTheWorker() throws Exception {
    functions
        .registry()
        .put(
            node(
                    root,
                    "forever",
                    "exports.handler = () => new Promise((resolve) => setTimeout(resolve, 30000));\n")
                .withTimeoutSeconds(1));

    InvocationResult result = call("forever", "{}");

    assertThat(error(result).get("errorType").asText()).isEqualTo("Sandbox.Timedout");
    assertThat(error(result).get("errorMessage").asText())
        .isEqualTo(
            "RequestId: " + result.requestId() + " Error: Task timed out after 1.00 seconds");
  }

  @Test
  void aCrashFailsTheInvocationWithExitError() throws Exception {
    functions
        .registry()
        .put(node(root, "exits", "exports.handler = async () => process.exit(2);\n"));

    InvocationResult result = call("exits", "{}");

    assertThat(error(result).get("errorType").asText()).isEqualTo("Runtime.ExitError");
    assertThat(error(result).get("errorMessage").asText())
        .isEqualTo(
            "RequestId: "
                + result.requestId()
                + " Error: Runtime exited with error: exit status 2");
  }
}
