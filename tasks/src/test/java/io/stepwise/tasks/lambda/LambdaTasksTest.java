package io.stepwise.tasks.lambda;

import static io.stepwise.tasks.functions.FunctionFixtures.node;
import static io.stepwise.tasks.functions.FunctionFixtures.python;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.ExecutionResult;
import io.stepwise.runtime.InMemoryRuntime;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.tasks.functions.FunctionConfiguration;
import io.stepwise.tasks.functions.FunctionFixtures;
import io.stepwise.tasks.functions.InMemoryFunctionRegistry;
import io.stepwise.tasks.functions.LocalFunctions;
import io.stepwise.tasks.functions.LocalFunctionsOptions;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State machines whose Task states run local Python and Node.js functions, end to end. */
class LambdaTasksTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:function:";

  @TempDir static Path root;
  static LocalFunctions functions;
  static TaskRegistry tasks;

  @BeforeAll
  static void start() {
    FunctionFixtures.requireInstalled("python3");
    FunctionFixtures.requireInstalled("node");
    functions =
        new LocalFunctions(
            new InMemoryFunctionRegistry(),
            LocalFunctionsOptions.defaults().withWorkDirectory(root.resolve("work")));
    add(
        python(
            root,
            "ValidateLambda",
            """
            def handler(event, context):
                if not event.get("order_id", "").startswith("ORD-"):
                    raise ValueError("order_id is missing")
                return event
            """));
    add(
        python(
            root,
            "ProcessOrderLambda",
            """
            import json

            def handler(event, context):
                order_id = event["order_id"]
                print(f"Processing order {order_id}")
                return {"statusCode": 200, "body": json.dumps({"message": "Commande traitée", "order_id": order_id})}
            """));
    add(
        node(
            root,
            "NodeProcessor",
            "exports.handler = async () => ({ statusCode: 200, body: \"Processed\" });\n"));
    add(
        python(
            root,
            "Flaky",
            """
            class OrderRejected(Exception):
                pass

            def handler(event, context):
                print("attempt")
                raise OrderRejected("stock is empty")
            """));
    add(
        python(root, "Sleeper", "import time\ndef handler(e, c):\n    time.sleep(10)\n")
            .withTimeoutSeconds(1));
    add(python(root, "Closed", "def handler(e, c):\n    return 1\n").withReservedConcurrency(0));
    tasks = LambdaTasks.register(new TaskRegistry(), functions);
  }

  static void add(FunctionConfiguration function) {
    functions.registry().put(function);
  }

  @AfterAll
  static void stop() {
    functions.close();
  }

  static ExecutionResult run(String definition, String input) throws Exception {
    return new InMemoryRuntime(tasks)
        .run(DefinitionParser.parse(definition).machine(), JSON.readTree(input));
  }

  static String task(String resource, String rest) {
    return "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
        + resource
        + "\""
        + rest
        + ",\"End\":true}}}";
  }

  @Test
  void theOrderTutorialRunsBothFunctionsAndKeepsWhatTheyPrinted() throws Exception {
    ExecutionResult result =
        run(
            """
            {"StartAt": "ValidateInput", "States": {
              "ValidateInput": {"Type": "Task",
                "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:ValidateLambda",
                "Next": "ProcessOrder"},
              "ProcessOrder": {"Type": "Task",
                "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:ProcessOrderLambda",
                "End": true}}}""",
            "{\"order_id\": \"ORD-12345\"}");

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output())
        .isEqualTo(
            JSON.createObjectNode()
                .put("statusCode", 200)
                .put(
                    "body",
                    "{\"message\": \"Commande trait\\u00e9e\", \"order_id\": \"ORD-12345\"}"));
    assertThat(functions.logs().of("ProcessOrderLambda"))
        .last()
        .asString()
        .contains("Processing order ORD-12345\n");
  }

  @Test
  void aNodeFunctionIsATaskToo() throws Exception {
    ExecutionResult result = run(task(ARN + "NodeProcessor", ""), "{}");

    assertThat(result.output())
        .isEqualTo(JSON.createObjectNode().put("statusCode", 200).put("body", "Processed"));
  }

  @Test
  void lambdaInvokeReturnsLambdasResponseEnvelope() throws Exception {
    ExecutionResult result =
        run(
            task(
                "arn:aws:states:::lambda:invoke",
                ",\"Parameters\":{\"FunctionName\":\"ProcessOrderLambda\",\"Payload.$\":\"$\"}"),
            "{\"order_id\": \"ORD-9\"}");

    JsonNode envelope = result.output();
    assertThat(fieldNames(envelope))
        .containsExactly(
            "ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode");
    assertThat(envelope.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
    assertThat(envelope.get("StatusCode").asInt()).isEqualTo(200);
    assertThat(envelope.at("/Payload/body").asText()).contains("\"order_id\": \"ORD-9\"");
    JsonNode http = envelope.get("SdkHttpMetadata");
    assertThat(http.get("HttpStatusCode").asInt()).isEqualTo(200);
    assertThat(http.at("/AllHttpHeaders/X-Amz-Executed-Version/0").asText()).isEqualTo("$LATEST");
    assertThat(http.at("/HttpHeaders/Content-Length").asInt())
        .isEqualTo(JSON.writeValueAsBytes(envelope.get("Payload")).length);
    assertThat(http.at("/HttpHeaders/x-amzn-RequestId").asText())
        .isEqualTo(envelope.at("/SdkResponseMetadata/RequestId").asText());
  }

  @Test
  void anEventInvocationAnswersAcceptedWithoutWaiting() throws Exception {
    ExecutionResult result =
        run(
            task(
                "arn:aws:states:::lambda:invoke",
                ",\"Parameters\":{\"FunctionName\":\"NodeProcessor\",\"InvocationType\":\"Event\"}"),
            "{}");

    assertThat(result.output().get("StatusCode").asInt()).isEqualTo(202);
    assertThat(result.output().get("Payload").asText()).isEmpty();
  }

  @Test
  void anEventInvocationOfAMissingFunctionFailsAtOnce() throws Exception {
    ExecutionResult result =
        run(
            task(
                "arn:aws:states:::lambda:invoke",
                ",\"Parameters\":{\"FunctionName\":\"Nope\",\"InvocationType\":\"Event\"}"),
            "{}");

    assertThat(result.error()).isEqualTo("Lambda.ResourceNotFoundException");
  }

  @Test
  void aRaisingFunctionIsRetriedThreeTimesWithBackOffThenCaught() throws Exception {
    ExecutionResult result =
        run(
            """
            {"StartAt": "Process", "States": {
              "Process": {"Type": "Task",
                "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:Flaky",
                "Retry": [{"ErrorEquals": ["OrderRejected"], "IntervalSeconds": 1,
                           "MaxAttempts": 3, "BackoffRate": 2.0}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error",
                           "Next": "Rejected"}],
                "End": true},
              "Rejected": {"Type": "Pass", "End": true}}}""",
            "{}");

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode error = result.output().get("error");
    assertThat(error.get("Error").asText()).isEqualTo("OrderRejected");
    JsonNode cause = JSON.readTree(error.get("Cause").asText());
    assertThat(fieldNames(cause))
        .containsExactly("errorMessage", "errorType", "requestId", "stackTrace");
    assertThat(cause.get("errorMessage").asText()).isEqualTo("stock is empty");
    assertThat(cause.get("errorType").asText()).isEqualTo("OrderRejected");
    assertThat(
            result.history().stream()
                .filter(e -> e.type().awsName().equals("LambdaFunctionFailed")))
        .hasSize(4);
  }

  @Test
  void aFunctionThatTimesOutFailsTheTaskWithSandboxTimedout() throws Exception {
    ExecutionResult result = run(task(ARN + "Sleeper", ""), "{}");

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Sandbox.Timedout");
    assertThat(JSON.readTree(result.cause()).get("errorMessage").asText())
        .endsWith(" Error: Task timed out after 1.00 seconds");
  }

  @Test
  void aMissingFunctionFailsWithResourceNotFound() throws Exception {
    ExecutionResult result =
        run(
            task("arn:aws:states:::lambda:invoke", ",\"Parameters\":{\"FunctionName\":\"Nope\"}"),
            "{}");

    assertThat(result.error()).isEqualTo("Lambda.ResourceNotFoundException");
    assertThat(result.cause())
        .startsWith(
            "Function not found: arn:aws:lambda:us-east-1:123456789012:function:Nope (Service:"
                + " AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID:")
        .endsWith("; Proxy: null)");
  }

  @Test
  void aThrottledFunctionFailsWithTooManyRequests() throws Exception {
    ExecutionResult result = run(task(ARN + "Closed", ""), "{}");

    assertThat(result.error()).isEqualTo("Lambda.TooManyRequestsException");
    assertThat(result.cause()).startsWith("Rate Exceeded. (Service: AWSLambda; Status Code: 429;");
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
