package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * The order-processing tutorial of docs/lambda.md, end to end and with nothing mocked: functions
 * created from zips through the Lambda API, a state machine whose Task states name them, started
 * through the Step Functions API, all on one {@link StepwiseNode} as {@code stepwise server} runs
 * it, with the machine's python3 and node.
 */
class OrderTutorialTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";
  private static final String FUNCTIONS = "arn:aws:lambda:eu-west-1:123456789012:function:";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String VALIDATE =
      """
      def handler(event, context):
          if not event.get("order_id"):
              raise ValueError("order_id is missing")
          return event
      """;

  private static final String PROCESS_ORDER =
      """
      import json

      def handler(event, context):
          order_id = event["order_id"]
          print(f"Traitement de la commande {order_id}")
          return {"statusCode": 200, "body": json.dumps({"message": "Commande traitée", "order_id": order_id})}
      """;

  @TempDir Path data;
  private StepwiseNode node;
  private SfnClient sfn;
  private LambdaClient lambda;

  @BeforeEach
  void start() {
    node = StepwiseNode.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), data);
    sfn = SdkClients.client(node.endpoint(), "AKIDLOCAL", "any-secret");
    lambda = SdkClients.lambda(node.endpoint(), "AKIDLOCAL", "any-secret");
  }

  @AfterEach
  void stop() {
    lambda.close();
    sfn.close();
    node.close();
  }

  @Test
  void validatesAndProcessesAnOrderWithPythonFunctions() throws Exception {
    createFunction("ValidateLambda", Runtime.PYTHON3_12, "app.handler", "app.py", VALIDATE);
    createFunction(
        "ProcessOrderLambda", Runtime.PYTHON3_12, "app.handler", "app.py", PROCESS_ORDER);
    String machine =
        machine(
            "OrderProcessing",
            """
            {"StartAt": "ValidateInput", "States": {
              "ValidateInput": {"Type": "Task", "Resource": "%sValidateLambda",
                "Next": "ProcessOrder"},
              "ProcessOrder": {"Type": "Task", "Resource": "%sProcessOrderLambda", "End": true}}}
            """
                .formatted(FUNCTIONS, FUNCTIONS));

    DescribeExecutionResponse ended = run(machine, "{\"order_id\": \"ORD-12345\"}");

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode output = JSON.readTree(ended.output());
    assertThat(output.path("statusCode").asInt()).isEqualTo(200);
    HistoryEvent scheduled = history(ended.executionArn()).get(2);
    assertThat(scheduled.lambdaFunctionScheduledEventDetails().resource())
        .isEqualTo(FUNCTIONS + "ValidateLambda");
    assertThat(JSON.readTree(scheduled.lambdaFunctionScheduledEventDetails().input()))
        .isEqualTo(JSON.readTree("{\"order_id\": \"ORD-12345\"}"));
    assertThat(JSON.readTree(output.path("body").asText()))
        .isEqualTo(
            JSON.readTree("{\"message\": \"Commande traitée\", \"order_id\": \"ORD-12345\"}"));
    assertThat(String.join("\n", node.localFunctions().logs().of("ProcessOrderLambda")))
        .contains("Traitement de la commande ORD-12345");
    assertThat(types(ended.executionArn()))
        .containsExactly(
            HistoryEventType.EXECUTION_STARTED,
            HistoryEventType.TASK_STATE_ENTERED,
            HistoryEventType.LAMBDA_FUNCTION_SCHEDULED,
            HistoryEventType.LAMBDA_FUNCTION_STARTED,
            HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED,
            HistoryEventType.TASK_STATE_EXITED,
            HistoryEventType.TASK_STATE_ENTERED,
            HistoryEventType.LAMBDA_FUNCTION_SCHEDULED,
            HistoryEventType.LAMBDA_FUNCTION_STARTED,
            HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED,
            HistoryEventType.TASK_STATE_EXITED,
            HistoryEventType.EXECUTION_SUCCEEDED);
  }

  @Test
  void invokesANodeFunctionThroughLambdaInvokeWithItsEnvelope() throws Exception {
    createFunction(
        "ProcessNode",
        Runtime.NODEJS20_X,
        "index.handler",
        "index.js",
        "exports.handler = async () => ({ statusCode: 200, body: \"Processed\" });\n");
    String machine =
        machine(
            "NodeOrder",
            """
            {"StartAt": "Process", "States": {"Process": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"FunctionName": "ProcessNode", "Payload.$": "$"},
              "End": true}}}
            """);

    DescribeExecutionResponse ended = run(machine, "{\"order_id\": \"ORD-12345\"}");

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode output = JSON.readTree(ended.output());
    assertThat(output.path("StatusCode").asInt()).isEqualTo(200);
    assertThat(output.path("ExecutedVersion").asText()).isEqualTo("$LATEST");
    assertThat(output.path("Payload"))
        .isEqualTo(JSON.readTree("{\"statusCode\": 200, \"body\": \"Processed\"}"));
    assertThat(output.has("SdkHttpMetadata")).isTrue();
    assertThat(output.has("SdkResponseMetadata")).isTrue();
  }

  @Test
  void retriesAFunctionThatRaisesThenCatchesItsError() throws Exception {
    createFunction("ValidateLambda", Runtime.PYTHON3_12, "app.handler", "app.py", VALIDATE);
    String machine =
        machine(
            "RetryThenCatch",
            """
            {"StartAt": "ValidateInput", "States": {
              "ValidateInput": {"Type": "Task", "Resource": "%sValidateLambda",
                "Retry": [{"ErrorEquals": ["ValueError"], "IntervalSeconds": 1,
                  "MaxAttempts": 2, "BackoffRate": 1.5}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error",
                  "Next": "Rejected"}],
                "End": true},
              "Rejected": {"Type": "Pass", "End": true}}}
            """
                .formatted(FUNCTIONS));

    DescribeExecutionResponse ended = run(machine, "{\"customer\": \"C-1\"}");

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode error = JSON.readTree(ended.output()).path("error");
    assertThat(error.path("Error").asText()).isEqualTo("ValueError");
    JsonNode cause = JSON.readTree(error.path("Cause").asText());
    assertThat(cause.path("errorType").asText()).isEqualTo("ValueError");
    assertThat(cause.path("errorMessage").asText()).isEqualTo("order_id is missing");
    assertThat(cause.has("stackTrace")).isTrue();
    // One attempt and two retries, each failing.
    assertThat(types(ended.executionArn()))
        .filteredOn(type -> type == HistoryEventType.LAMBDA_FUNCTION_FAILED)
        .hasSize(3);
  }

  private void createFunction(
      String name, Runtime runtime, String handler, String file, String source) {
    lambda.createFunction(
        r ->
            r.functionName(name)
                .runtime(runtime)
                .handler(handler)
                .role("arn:aws:iam::123456789012:role/lambda-role")
                .code(c -> c.zipFile(Zips.of(file, source))));
  }

  private String machine(String name, String definition) {
    return sfn.createStateMachine(r -> r.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  private DescribeExecutionResponse run(String machine, String input) throws InterruptedException {
    String execution =
        sfn.startExecution(r -> r.stateMachineArn(machine).input(input)).executionArn();
    // Generous: a cold python3 or node start and the retry intervals take a few seconds.
    for (int i = 0; i < 600; i++) {
      DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(execution));
      if (described.status() != ExecutionStatus.RUNNING) {
        return described;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(execution + " did not end within 30 s");
  }

  private List<HistoryEvent> history(String execution) {
    return sfn.getExecutionHistory(r -> r.executionArn(execution)).events();
  }

  private List<HistoryEventType> types(String execution) {
    return history(execution).stream().map(HistoryEvent::type).toList();
  }
}
