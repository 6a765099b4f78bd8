package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.runtime.mocks.MockConfigParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * Executions started on {@code <stateMachineArn>#<TestCase>} through the AWS SDK, on a server given
 * a mock configuration file: their mocked Task states answer from the file, as in Step Functions
 * Local, and their history records the tasks as real ones.
 */
class MockedExecutionApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";
  private static final String NO_SUCH_FUNCTION =
      "arn:aws:lambda:eu-west-1:123456789012:function:DoesNotExist";

  /** Adapted from AWS's example of the mock configuration file. */
  private static final String MOCK_CONFIG =
      """
      {"StateMachines":{"LambdaSQSIntegration":{"TestCases":{
         "HappyPath":{"LambdaState":"MockedLambdaSuccess","SQSState":"MockedSQSSuccess"},
         "RetryPath":{"LambdaState":"MockedLambdaRetry","SQSState":"MockedSQSSuccess"}}}},
       "MockedResponses":{
         "MockedLambdaSuccess":{"0":{"Return":{"StatusCode":200,"Payload":{"body":"Hello"}}}},
         "MockedSQSSuccess":{"0":{"Return":{"MessageId":"3bcb6e8e"}}},
         "MockedLambdaRetry":{
           "0-1":{"Throw":{"Error":"Lambda.ResourceNotReadyException","Cause":"not ready"}},
           "2":{"Return":{"StatusCode":200,"Payload":{"body":"Hello"}}}}}}""";

  /** A legacy Lambda task (a function ARN) with a Retry, then an SQS task. */
  private static final String DEFINITION =
      """
      {"StartAt":"LambdaState","States":{
        "LambdaState":{"Type":"Task","Resource":"%s",
          "Retry":[{"ErrorEquals":["Lambda.ResourceNotReadyException"],"MaxAttempts":3}],
          "ResultPath":"$.lambda","Next":"SQSState"},
        "SQSState":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
          "Parameters":{"QueueUrl":"https://sqs.eu-west-1.amazonaws.com/123456789012/q",
            "MessageBody.$":"$.lambda.Payload.body"},
          "ResultPath":"$.sqs","End":true}}}"""
          .formatted(NO_SUCH_FUNCTION);

  @TempDir Path data;
  private StepwiseNode node;
  private SfnClient sfn;

  @BeforeEach
  void start() throws Exception {
    Path mocks = Files.writeString(data.resolve("MockConfigFile.json"), MOCK_CONFIG);
    node =
        StepwiseNode.start(
            ServerConfig.defaults()
                .withAddress("127.0.0.1", 0)
                .withMocks(MockConfigParser.load(mocks)),
            data.resolve("db"),
            VirtualClock.skippingWaits(System.currentTimeMillis()));
    sfn = SdkClients.client(node.endpoint(), "AKIDLOCAL", "any-secret");
  }

  @AfterEach
  void stop() {
    sfn.close();
    node.close();
  }

  private String machine(StateMachineType type) {
    return sfn.createStateMachine(
            b -> b.name("LambdaSQSIntegration").definition(DEFINITION).roleArn(ROLE).type(type))
        .stateMachineArn();
  }

  private DescribeExecutionResponse awaitEnd(String arn) throws InterruptedException {
    return SdkClients.awaitEnd(sfn, arn);
  }

  private List<HistoryEvent> history(String arn) {
    return sfn.getExecutionHistory(b -> b.executionArn(arn)).events();
  }

  @Test
  void aRetryThatSucceedsOnTheThirdMockedAttemptIsRecordedAsRealAttempts() throws Exception {
    String machine = machine(StateMachineType.STANDARD);

    String arn =
        sfn.startExecution(b -> b.stateMachineArn(machine + "#RetryPath").name("retry").input("{}"))
            .executionArn();
    DescribeExecutionResponse described = awaitEnd(arn);

    assertThat(arn).endsWith(":execution:LambdaSQSIntegration:retry");
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.stateMachineArn()).isEqualTo(machine);
    assertThat(JSON.readTree(described.output()))
        .isEqualTo(
            JSON.readTree(
                """
                {"lambda":{"StatusCode":200,"Payload":{"body":"Hello"}},
                 "sqs":{"MessageId":"3bcb6e8e"}}"""));
    List<HistoryEvent> events = history(arn);
    assertThat(events.stream().map(HistoryEvent::typeAsString))
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "LambdaFunctionScheduled",
            "LambdaFunctionStarted",
            "LambdaFunctionFailed",
            "LambdaFunctionScheduled",
            "LambdaFunctionStarted",
            "LambdaFunctionFailed",
            "LambdaFunctionScheduled",
            "LambdaFunctionStarted",
            "LambdaFunctionSucceeded",
            "TaskStateExited",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
    assertThat(
            events.stream()
                .filter(e -> e.lambdaFunctionFailedEventDetails() != null)
                .map(e -> e.lambdaFunctionFailedEventDetails().error()))
        .containsExactly("Lambda.ResourceNotReadyException", "Lambda.ResourceNotReadyException");
    HistoryEvent sqsScheduled = events.get(13);
    assertThat(sqsScheduled.taskScheduledEventDetails().resourceType()).isEqualTo("sqs");
    assertThat(sqsScheduled.taskScheduledEventDetails().resource()).isEqualTo("sendMessage");
  }

  @Test
  void theSameMachineRunsUnmockedWithoutATestCase() throws Exception {
    String machine = machine(StateMachineType.STANDARD);

    String arn = sfn.startExecution(b -> b.stateMachineArn(machine).input("{}")).executionArn();
    DescribeExecutionResponse described = awaitEnd(arn);

    assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(described.error()).startsWith("Lambda.");
  }

  @Test
  void anExpressMachineRunsATestCaseThroughStartSyncExecution() throws Exception {
    String machine = machine(StateMachineType.EXPRESS);

    StartSyncExecutionResponse response =
        sfn.startSyncExecution(b -> b.stateMachineArn(machine + "#HappyPath").input("{}"));

    assertThat(response.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
    assertThat(response.stateMachineArn()).isEqualTo(machine);
    assertThat(JSON.readTree(response.output()).path("sqs").path("MessageId").asText())
        .isEqualTo("3bcb6e8e");
  }

  @Test
  void aTestCaseTheMockConfigurationDoesNotHaveIsAValidationException() {
    String machine = machine(StateMachineType.STANDARD);

    assertThatThrownBy(
            () -> sfn.startExecution(b -> b.stateMachineArn(machine + "#NoSuchCase").input("{}")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "Test case 'NoSuchCase' is not defined for state machine"
                            + " 'LambdaSQSIntegration' in the mock configuration file"));
    assertThat(sfn.listExecutions(b -> b.stateMachineArn(machine)).executions()).isEmpty();
  }
}
