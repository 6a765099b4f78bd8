package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.VirtualClock;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InspectionLevel;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** TestState through the AWS SDK: states run alone, with mocks, variables and inspection data. */
class TestStateApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";
  private static final String DOUBLE = "arn:aws:lambda:eu-west-1:123456789012:function:double";

  @TempDir Path directory;
  private DurableApiServer api;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    TaskRegistry tasks =
        new TaskRegistry()
            .register(
                DOUBLE,
                TaskInvoker.of(
                    parameters ->
                        JSON.getNodeFactory().numberNode(parameters.path("n").asInt() * 2)));
    api = DurableApiServer.start(directory, tasks, new VirtualClock(0));
    sfn = SdkClients.client(api.server().endpoint(), "AKIDLOCAL", "any-secret");
  }

  @AfterEach
  void stop() {
    sfn.close();
    api.close();
  }

  @Test
  void passStateShowsEachStepOfItsDataFlow() {
    TestStateResponse response =
        sfn.testState(
            r ->
                r.definition(
                        """
                        {"Type":"Pass","InputPath":"$.a","Parameters":{"x.$":"$.b"},
                         "ResultPath":"$.r","Next":"After"}""")
                    .input("{\"a\":{\"b\":1}}")
                    .inspectionLevel(InspectionLevel.DEBUG));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(response.output()).isEqualTo("{\"a\":{\"b\":1},\"r\":{\"x\":1}}");
    assertThat(response.nextState()).isEqualTo("After");
    assertThat(response.inspectionData().input()).isEqualTo("{\"a\":{\"b\":1}}");
    assertThat(response.inspectionData().afterInputPath()).isEqualTo("{\"b\":1}");
    assertThat(response.inspectionData().afterParameters()).isEqualTo("{\"x\":1}");
    assertThat(response.inspectionData().afterResultPath())
        .isEqualTo("{\"a\":{\"b\":1},\"r\":{\"x\":1}}");
  }

  @Test
  void infoLevelShowsNoInspectionData() {
    TestStateResponse response =
        sfn.testState(r -> r.definition("{\"Type\":\"Succeed\"}").input("[1]"));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(response.output()).isEqualTo("[1]");
    assertThat(response.inspectionData()).isNull();
    assertThat(response.nextState()).isNull();
  }

  @Test
  void choiceStateOfAWholeMachineNamesTheStateItGoesTo() {
    String machine =
        """
        {"StartAt":"Pick","States":{
          "Pick":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericGreaterThan":1,"Next":"Big"}],
                  "Default":"Small"},
          "Big":{"Type":"Succeed"},"Small":{"Type":"Succeed"}}}""";

    TestStateResponse response =
        sfn.testState(r -> r.definition(machine).stateName("Pick").input("{\"n\":5}"));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(response.nextState()).isEqualTo("Big");
  }

  @Test
  void stateThatGoesToItselfRunsOnce() {
    String machine =
        """
        {"StartAt":"Poll","States":{
          "Poll":{"Type":"Choice","Choices":[{"Variable":"$.done","BooleanEquals":true,"Next":"End"}],
                  "Default":"Poll"},
          "End":{"Type":"Succeed"}}}""";

    TestStateResponse response =
        sfn.testState(r -> r.definition(machine).stateName("Poll").input("{\"done\":false}"));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(response.nextState()).isEqualTo("Poll");
  }

  @Test
  void taskWithoutMockRunsThroughTheTaskRegistryOfExecutions() {
    TestStateResponse response =
        sfn.testState(
            r ->
                r.definition(
                        """
                        {"Type":"Task","Resource":"%s","ResultPath":"$.doubled","End":true}"""
                            .formatted(DOUBLE))
                    .roleArn(ROLE)
                    .input("{\"n\":21}")
                    .inspectionLevel(InspectionLevel.TRACE));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(response.output()).isEqualTo("{\"n\":21,\"doubled\":42}");
    assertThat(response.inspectionData().result()).isEqualTo("42");
  }

  @Test
  void taskWithMockedResultUsesTheMock() {
    TestStateResponse response =
        sfn.testState(
            r ->
                r.definition(
                        """
                        {"Type":"Task","Resource":"%s","ResultSelector":{"v.$":"$.value"},
                         "End":true}"""
                            .formatted(DOUBLE))
                    .input("{\"n\":21}")
                    .mock(m -> m.result("{\"value\":\"mocked\"}")));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(response.output()).isEqualTo("{\"v\":\"mocked\"}");
  }

  @Test
  void mockedErrorThatACatcherHandlesIsCaught() {
    TestStateResponse response =
        sfn.testState(
            r ->
                r.definition(
                        """
                        {"Type":"Task","Resource":"%s","End":true,
                         "Catch":[{"ErrorEquals":["Other"],"Next":"A"},
                                  {"ErrorEquals":["States.ALL"],"Next":"Handle"}]}"""
                            .formatted(DOUBLE))
                    .inspectionLevel(InspectionLevel.DEBUG)
                    .mock(m -> m.errorOutput(e -> e.error("Boom").cause("it broke"))));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
    assertThat(response.error()).isEqualTo("Boom");
    assertThat(response.cause()).isEqualTo("it broke");
    assertThat(response.nextState()).isEqualTo("Handle");
    assertThat(response.output()).isEqualTo("{\"Error\":\"Boom\",\"Cause\":\"it broke\"}");
    assertThat(response.inspectionData().errorDetails().catchIndex()).isEqualTo(1);
  }

  @Test
  void mockedErrorThatARetrierRetriesIsRetriableUntilItsRetriesAreSpent() {
    String definition =
        """
        {"Type":"Task","Resource":"%s","End":true,
         "Retry":[{"ErrorEquals":["Boom"],"IntervalSeconds":2,"BackoffRate":2,"MaxAttempts":2}]}"""
            .formatted(DOUBLE);

    TestStateResponse first =
        sfn.testState(
            r ->
                r.definition(definition)
                    .inspectionLevel(InspectionLevel.DEBUG)
                    .mock(m -> m.errorOutput(e -> e.error("Boom")))
                    .stateConfiguration(c -> c.retrierRetryCount(1)));
    TestStateResponse spent =
        sfn.testState(
            r ->
                r.definition(definition)
                    .mock(m -> m.errorOutput(e -> e.error("Boom")))
                    .stateConfiguration(c -> c.retrierRetryCount(2)));

    assertThat(first.status()).isEqualTo(TestExecutionStatus.RETRIABLE);
    assertThat(first.error()).isEqualTo("Boom");
    assertThat(first.inspectionData().errorDetails().retryIndex()).isZero();
    assertThat(first.inspectionData().errorDetails().retryBackoffIntervalSeconds()).isEqualTo(4);
    assertThat(spent.status()).isEqualTo(TestExecutionStatus.FAILED);
  }

  private static final String DISTRIBUTED_MAP =
      """
      {"Type":"Map","ItemsPath":"$.items","ItemSelector":{"v.$":"$$.Map.Item.Value"},
       "MaxConcurrency":2,"ToleratedFailurePercentage":50,"ResultPath":"$.r","End":true,
       "Catch":[{"ErrorEquals":["States.ExceedToleratedFailureThreshold"],"Next":"TooMany"}],
       "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
         "StartAt":"Double","States":{"Double":{"Type":"Task","Resource":"%s","End":true}}}}"""
          .formatted(DOUBLE);

  @Test
  void mockedMapStateEndsWithTheMockedResultAndShowsItsItemsAndLimits() {
    TestStateResponse response =
        sfn.testState(
            r ->
                r.definition(DISTRIBUTED_MAP)
                    .input("{\"items\":[1,2]}")
                    .inspectionLevel(InspectionLevel.DEBUG)
                    .mock(m -> m.result("[10,20]"))
                    .stateConfiguration(c -> c.mapIterationFailureCount(1)));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(response.output()).isEqualTo("{\"items\":[1,2],\"r\":[10,20]}");
    assertThat(response.inspectionData().afterItemsPath()).isEqualTo("[1,2]");
    assertThat(response.inspectionData().afterItemSelector()).isEqualTo("[{\"v\":1},{\"v\":2}]");
    assertThat(response.inspectionData().maxConcurrency()).isEqualTo(2);
    assertThat(response.inspectionData().toleratedFailurePercentage()).isEqualTo(50f);
    assertThat(response.inspectionData().toleratedFailureCount()).isNull();
  }

  @Test
  void mockedMapIterationsThatFailBeyondTheToleranceFailTheMapState() {
    TestStateResponse response =
        sfn.testState(
            r ->
                r.definition(DISTRIBUTED_MAP)
                    .input("{\"items\":[1,2,3]}")
                    .inspectionLevel(InspectionLevel.DEBUG)
                    .mock(m -> m.result("[10,20,30]"))
                    .stateConfiguration(c -> c.mapIterationFailureCount(2)));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
    assertThat(response.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(response.nextState()).isEqualTo("TooMany");
    assertThat(response.inspectionData().errorDetails().catchIndex()).isZero();
  }

  @Test
  void itemsThatAreNotAnArrayFailTheMapStateWithAwsTestStateCause() {
    String map =
        """
        {"Type":"Map","ItemsPath":"$$.Execution.Input","End":true,
         "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}""";
    TestStateResponse fromContext =
        sfn.testState(
            r ->
                r.definition(map)
                    .input("{\"items\":[1]}")
                    .context("{\"Execution\":{\"Input\":{\"items\":[1]}}}")
                    .mock(m -> m.result("[1]")));
    TestStateResponse fromInput =
        sfn.testState(
            r ->
                r.definition(map.replace("$$.Execution.Input", "$.items"))
                    .input("{\"items\":{}}")
                    .mock(m -> m.result("[1]")));

    assertThat(fromContext.status()).isEqualTo(TestExecutionStatus.FAILED);
    assertThat(fromContext.error()).isEqualTo("States.Runtime");
    assertThat(fromContext.cause())
        .isEqualTo("Reference path \"$.Execution.Input\" must point to array.");
    assertThat(fromInput.cause()).isEqualTo("Reference path \"$.items\" must point to array.");
  }

  @Test
  void mockedMapStateReadsItsItemsFromTheItemReaderDataOfTheRequest() {
    TestStateResponse response =
        sfn.testState(
            r ->
                r.definition(
                        """
                        {"Type":"Map","End":true,
                         "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
                           "ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"},
                           "Parameters":{"Bucket":"b","Key":"k"}},
                         "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED",
                           "ExecutionType":"STANDARD"},
                           "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}""")
                    .inspectionLevel(InspectionLevel.DEBUG)
                    .mock(m -> m.result("[1,2]"))
                    .stateConfiguration(c -> c.mapItemReaderData("name\na\nb\n")));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(response.output()).isEqualTo("[1,2]");
    assertThat(response.inspectionData().afterItemsPath()).isNull();
  }

  @Test
  void mockOfAMapStateMustBeItsResult() {
    assertThatThrownBy(
            () ->
                sfn.testState(r -> r.definition(DISTRIBUTED_MAP).mock(m -> m.result("{\"a\":1}"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Mocked result must be an array.");
    assertThatThrownBy(
            () ->
                sfn.testState(
                    r ->
                        r.definition(DISTRIBUTED_MAP)
                            .mock(m -> m.result("[1]"))
                            .stateConfiguration(c -> c.mapIterationFailureCount(2))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Map iteration failure count must be less than or equal");
  }

  @Test
  void theStateSeesTheContextObjectTheRequestGives() {
    TestStateResponse response =
        sfn.testState(
            r ->
                r.definition(
                        """
                        {"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                         "Parameters":{"Token.$":"$$.Task.Token","Execution.$":"$$.Execution.Name"},
                         "ResultPath":"$.sent","End":true}""")
                    .context("{\"Execution\":{\"Name\":\"nightly\"},\"Task\":{\"Token\":\"t-1\"}}")
                    .inspectionLevel(InspectionLevel.DEBUG)
                    .mock(m -> m.result("{}")));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(response.inspectionData().afterParameters())
        .isEqualTo("{\"Token\":\"t-1\",\"Execution\":\"nightly\"}");
  }

  @Test
  void refusesAContextObjectThatAwsRefuses() {
    String task = "{\"Type\":\"Task\",\"Resource\":\"%s\",\"End\":true}".formatted(DOUBLE);
    assertThatThrownBy(
            () ->
                sfn.testState(
                    r -> r.definition(task).context("{\"Map\":{}}").mock(m -> m.result("{}"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "Invalid Context object provided: 'Map' field is not supported when mocking");
    assertThatThrownBy(
            () ->
                sfn.testState(
                    r ->
                        r.definition(task)
                            .context("{\"Execution\":{\"Id\":1}}")
                            .mock(m -> m.result("{}"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Invalid Context object provided: Execution.Id must be a string");
    assertThatThrownBy(
            () ->
                sfn.testState(
                    r ->
                        r.definition(task)
                            .context("{\"Task\":{\"Token\":\"t\"}}")
                            .mock(m -> m.result("{}"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Context object contains 'Task' when state is not a Task state");
  }

  @Test
  void aMockedResultIsCheckedAgainstTheOutputShapeOfItsApi() {
    String start =
        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::states:startExecution\",\"End\":true}";
    assertThatThrownBy(
            () -> sfn.testState(r -> r.definition(start).mock(m -> m.result("{\"StartDate\":1}"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "Mock result schema validation error: Required field 'ExecutionArn' is missing");
    TestStateResponse unchecked =
        sfn.testState(
            r ->
                r.definition(start)
                    .mock(m -> m.result("{\"StartDate\":1}").fieldValidationMode("NONE")));

    assertThat(unchecked.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(unchecked.output()).isEqualTo("{\"StartDate\":1}");
  }

  @Test
  void aMockedResultOfAnotherServiceIsCheckedAgainstItsBundledModel() {
    String encrypt =
        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::aws-sdk:kms:encrypt\",\"End\":true}";
    assertThatThrownBy(
            () ->
                sfn.testState(
                    r ->
                        r.definition(encrypt)
                            .mock(
                                m ->
                                    m.result("{\"CiphertextBlob\":\"\"}")
                                        .fieldValidationMode("PRESENT"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "Mock result schema validation error: Field 'CiphertextBlob' is smaller than the"
                + " minimum length");
    TestStateResponse valid =
        sfn.testState(
            r -> r.definition(encrypt).mock(m -> m.result("{\"CiphertextBlob\":\"AQID\"}")));

    assertThat(valid.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(valid.output()).isEqualTo("{\"CiphertextBlob\":\"AQID\"}");
  }

  @Test
  void variablesAreInTheStateScope() {
    TestStateResponse response =
        sfn.testState(
            r ->
                r.definition(
                        """
                        {"Type":"Pass","QueryLanguage":"JSONata",
                         "Output":"{% $greeting & ' ' & $states.input.name %}","End":true}""")
                    .input("{\"name\":\"Ada\"}")
                    .variables("{\"greeting\":\"Hello\"}"));

    assertThat(response.output()).isEqualTo("\"Hello Ada\"");
  }

  @Test
  void failStateFails() {
    TestStateResponse response =
        sfn.testState(r -> r.definition("{\"Type\":\"Fail\",\"Error\":\"E\",\"Cause\":\"C\"}"));

    assertThat(response.status()).isEqualTo(TestExecutionStatus.FAILED);
    assertThat(response.error()).isEqualTo("E");
    assertThat(response.cause()).isEqualTo("C");
  }

  @Test
  void refusesWhatAwsRefuses() {
    assertThatThrownBy(
            () ->
                sfn.testState(
                    r -> r.definition("{\"Type\":\"Parallel\",\"Branches\":[],\"End\":true}")))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("TestState API does not support Map or Parallel states");
    assertThatThrownBy(
            () ->
                sfn.testState(
                    r ->
                        r.definition("{\"Type\":\"Pass\",\"End\":true}").mock(m -> m.result("{}"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("State type 'Pass' is not supported when a mock is specified");
    assertThatThrownBy(
            () ->
                sfn.testState(
                    r ->
                        r.definition(
                            "{\"Type\":\"Task\",\"Resource\":\"%s\",\"End\":true}"
                                .formatted(DOUBLE))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("RoleArn must be specified when testing a Task state");
    assertThatThrownBy(
            () ->
                sfn.testState(
                    r ->
                        r.definition(
                                "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}")
                            .stateName("B")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("State not found in definition");
    assertThatThrownBy(
            () ->
                sfn.testState(
                    r ->
                        r.roleArn(ROLE)
                            .definition(
                                """
                                {"Type":"Task","End":true,
                                 "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken"}""")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("only when a mock is specified");
    assertThatThrownBy(
            () -> sfn.testState(r -> r.definition("{\"Type\":\"Pass\",\"End\":true}").input("{")))
        .isInstanceOf(InvalidExecutionInputException.class);
    assertThatThrownBy(() -> sfn.testState(r -> r.definition("{\"Type\":\"Nope\"}")))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("/States/StateName/Type");
  }

  @Test
  void answersRequestsSentToTheSyncHostPrefix() throws IOException {
    RawHttp.Response response =
        RawHttp.callSyncHost(
            api.server().port(),
            "AWSStepFunctions.TestState",
            "{\"definition\": \"{\\\"Type\\\": \\\"Pass\\\", \\\"End\\\": true}\","
                + " \"input\": \"{\\\"a\\\": 1}\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("output").asText()).isEqualTo("{\"a\":1}");
    assertThat(response.json().path("status").asText()).isEqualTo("SUCCEEDED");
  }
}
