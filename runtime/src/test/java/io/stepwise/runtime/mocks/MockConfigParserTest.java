package io.stepwise.runtime.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.runtime.TaskResult;
import org.junit.jupiter.api.Test;

class MockConfigParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The example of AWS's documentation of the mock configuration file. */
  private static final String AWS_EXAMPLE =
      """
      {"StateMachines":{"LambdaSQSIntegration":{"TestCases":{
         "HappyPath":{"LambdaState":"MockedLambdaSuccess","SQSState":"MockedSQSSuccess"},
         "RetryPath":{"LambdaState":"MockedLambdaRetry","SQSState":"MockedSQSSuccess"},
         "HybridPath":{"LambdaState":"MockedLambdaSuccess"}}}},
       "MockedResponses":{
         "MockedLambdaSuccess":{"0":{"Return":{"StatusCode":200,"Payload":{"body":"Hello"}}}},
         "MockedSQSSuccess":{"0":{"Return":{"MessageId":"3bcb6e8e"}}},
         "MockedLambdaRetry":{
           "0":{"Throw":{"Error":"Lambda.ResourceNotReadyException","Cause":"not ready"}},
           "1-2":{"Throw":{"Error":"Lambda.TimeoutException","Cause":"timed out"}},
           "3":{"Return":{"StatusCode":200,"Payload":{"body":"Hello"}}}}}}""";

  @Test
  void eachInvocationOfAMockedStateGetsTheAnswerOfItsIndex() throws Exception {
    MockConfigParser.Parsed parsed = MockConfigParser.parse(JSON.readTree(AWS_EXAMPLE));
    assertThat(parsed.problems()).isEmpty();
    TestCase retry = parsed.config().testCase("LambdaSQSIntegration", "RetryPath").orElseThrow();

    assertThat(retry.answer("LambdaState", 0).orElseThrow())
        .isEqualTo(TaskResult.failure("Lambda.ResourceNotReadyException", "not ready"));
    assertThat(retry.answer("LambdaState", 1).orElseThrow())
        .isEqualTo(TaskResult.failure("Lambda.TimeoutException", "timed out"));
    assertThat(retry.answer("LambdaState", 2).orElseThrow())
        .isEqualTo(TaskResult.failure("Lambda.TimeoutException", "timed out"));
    assertThat(retry.answer("LambdaState", 3).orElseThrow())
        .isEqualTo(
            TaskResult.success(
                JSON.readTree("{\"StatusCode\":200,\"Payload\":{\"body\":\"Hello\"}}")));
    TaskResult.Failure past = (TaskResult.Failure) retry.answer("LambdaState", 4).orElseThrow();
    assertThat(past.error()).isEqualTo("States.Runtime");
    assertThat(past.cause()).contains("MockedLambdaRetry", "invocation 4", "LambdaState");
    assertThat(retry.answer("NotMocked", 0)).isEmpty();
  }

  @Test
  void aTestCaseOfAnotherMachineOrNameIsNotFound() throws Exception {
    MockConfig config = MockConfigParser.parse(JSON.readTree(AWS_EXAMPLE)).config();

    assertThat(config.testCase("LambdaSQSIntegration", "Nope")).isEmpty();
    assertThat(config.testCase("Other", "HappyPath")).isEmpty();
  }

  @Test
  void everyProblemIsReportedAtItsPointer() throws Exception {
    MockConfigParser.Parsed parsed =
        MockConfigParser.parse(
            JSON.readTree(
                """
                {"StateMachines":{"M":{"TestCases":{"T":{"S":"Missing"}}}},
                 "MockedResponses":{"R":{
                   "0":{"Return":1,"Throw":{"Error":"E"}},
                   "x":{"Return":1},
                   "3-1":{"Return":1},
                   "1-4":{"Return":1},
                   "2":{"Return":2},
                   "5":{"Throw":{"Cause":"no error"}}}}}"""));

    assertThat(parsed.problems())
        .containsExactly(
            "/MockedResponses/R/0: expected exactly one of Return and Throw",
            "/MockedResponses/R/x: expected an invocation index such as 0 or a range such as 1-2",
            "/MockedResponses/R/3-1: the range ends before it starts",
            "/MockedResponses/R/2: overlaps invocations 1-4",
            "/MockedResponses/R/5/Throw/Error: expected the error's name as a string",
            "/StateMachines/M/TestCases/T/S: no mocked response is named 'Missing' in MockedResponses");
  }
}
