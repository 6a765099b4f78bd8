package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.OperationRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** The server without configured credentials, driven by the AWS SDK and by raw HTTP. */
class StepwiseServerTest {

  private static final int MAX_BODY = 64 * 1024;
  private static StepwiseServer server;
  private static SfnClient sfn;

  @BeforeAll
  static void start() {
    ServerConfig config =
        ServerConfig.fromEnvironment(Map.of("AWS_ACCOUNT_ID", "210987654321"))
            .withAddress("127.0.0.1", 0)
            .withMaxBodyBytes(MAX_BODY);
    server = StepwiseServer.start(config, TestOperations.registry());
    sfn = SdkClients.client(server.endpoint(), "AKIDLOCAL", "any-secret");
  }

  @AfterAll
  static void stop() {
    sfn.close();
    server.stop();
  }

  @Test
  void answersTheSdkInTheRegionOfItsCredentialScope() {
    ListStateMachinesResponse response = sfn.listStateMachines(r -> {});
    assertThat(response.stateMachines()).hasSize(1);
    assertThat(response.stateMachines().get(0).stateMachineArn())
        .isEqualTo("arn:aws:states:eu-west-1:210987654321:stateMachine:AKIDLOCAL");
  }

  @Test
  void usesTheDefaultRegionForUnsignedRequests() throws IOException {
    RawHttp.Response response =
        RawHttp.call(server.port(), "AWSStepFunctions.ListStateMachines", "{}");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("content-type", "application/x-amz-json-1.0");
    assertThat(response.headers()).containsKey("x-amzn-requestid");
    assertThat(response.json().at("/stateMachines/0/stateMachineArn").asText())
        .isEqualTo("arn:aws:states:us-east-1:210987654321:stateMachine:anonymous");
  }

  @Test
  void answersAnOperationWithoutHandlerWithAnAwsError() {
    assertThatThrownBy(() -> sfn.createActivity(r -> r.name("a")))
        .isInstanceOfSatisfying(
            SfnException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("Stepwise does not implement CreateActivity yet.");
            });
  }

  @Test
  void mapsValidationErrorsToTheSdkException() {
    assertThatThrownBy(() -> sfn.describeActivity(r -> {}))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "1 validation error detected: Value null at 'activityArn' failed to"
                            + " satisfy constraint: Member must not be null"));
    assertThatThrownBy(() -> sfn.listStateMachines(r -> r.maxResults(1001).nextToken("")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "2 validation errors detected: Value '1001' at 'maxResults' failed to"
                            + " satisfy constraint: Member must have value less than or equal to"
                            + " 1000; Value '' at 'nextToken' failed to satisfy constraint: Member"
                            + " must have length greater than or equal to 1"));
  }

  @Test
  void passesHandlerErrorsOnAsTheirSdkException() {
    assertThatThrownBy(() -> sfn.describeActivity(r -> r.activityArn("no_an_activity_arn")))
        .isInstanceOfSatisfying(
            InvalidArnException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Invalid Arn: 'Invalid ARN prefix: no_an_activity_arn'"));
  }

  @Test
  void hidesBugsBehindAGenericInternalFailure() throws IOException {
    RawHttp.Response response =
        RawHttp.call(
            server.port(),
            "AWSStepFunctions.DescribeStateMachine",
            "{\"stateMachineArn\": \"arn:aws:states:us-east-1:1:stateMachine:m\"}");
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.json().path("__type").asText()).isEqualTo("InternalFailure");
    assertThat(response.body()).doesNotContain("secret detail").doesNotContain("Exception");
  }

  @Test
  void answersMalformedJsonWithASerializationException() throws IOException {
    RawHttp.Response response =
        RawHttp.call(server.port(), "AWSStepFunctions.ListStateMachines", "{\"maxResults\": ");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers()).containsEntry("x-amzn-errortype", "SerializationException");
    assertThat(response.json().path("__type").asText()).isEqualTo("SerializationException");
  }

  @Test
  void answersUnknownOrMissingTargetsWithUnknownOperation() throws IOException {
    for (String target : List.of("AWSStepFunctions.LaunchRocket", "DynamoDB_20120810.ListTables")) {
      RawHttp.Response response = RawHttp.call(server.port(), target, "{}");
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().path("__type").asText()).isEqualTo("UnknownOperationException");
    }
    RawHttp.Response untargeted =
        RawHttp.post(
            server.port(), Map.of("Content-Type", List.of("application/x-amz-json-1.0")), "{}");
    assertThat(untargeted.json().path("__type").asText()).isEqualTo("UnknownOperationException");
  }

  @Test
  void answersRequestsSentToTheSyncHostPrefix() throws IOException {
    RawHttp.Response response =
        RawHttp.callSyncHost(
            server.port(),
            "AWSStepFunctions.StartSyncExecution",
            "{\"stateMachineArn\": \"arn:aws:states:us-east-1:1:stateMachine:m\","
                + " \"input\": \"{\\\"a\\\": 1}\"}");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("output").asText()).isEqualTo("{\"a\": 1}");

    StartSyncExecutionResponse sync =
        sfn.startSyncExecution(r -> r.stateMachineArn("arn:aws:states:eu-west-1:1:stateMachine:m"));
    assertThat(sync.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
  }

  @Test
  void refusesBodiesOverTheLimitWithoutReadingThem() throws IOException {
    String big = "{\"nextToken\": \"" + "x".repeat(MAX_BODY) + "\"}";
    RawHttp.Response response =
        RawHttp.call(server.port(), "AWSStepFunctions.ListStateMachines", big);
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().path("__type").asText()).isEqualTo("RequestEntityTooLargeException");
  }

  @Test
  void refusesHandlersForOperationsOutsideTheModel() {
    OperationRegistry registry =
        OperationRegistry.builder()
            .register("LaunchRocket", (context, input) -> ApiResult.ok(input))
            .build();
    assertThatThrownBy(() -> StepwiseServer.start(ServerConfig.defaults(), registry))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LaunchRocket");
  }

  @Test
  void stopsAndFreesItsPort() {
    StepwiseServer other =
        StepwiseServer.start(
            ServerConfig.defaults().withAddress("127.0.0.1", 0), TestOperations.registry());
    int port = other.port();
    assertThat(other.isRunning()).isTrue();
    assertThat(other.endpoint().toString()).isEqualTo("http://127.0.0.1:" + port);
    other.close();
    assertThat(other.isRunning()).isFalse();
    assertThatThrownBy(() -> RawHttp.call(port, "AWSStepFunctions.ListStateMachines", "{}"))
        .isInstanceOf(ConnectException.class);
  }
}
