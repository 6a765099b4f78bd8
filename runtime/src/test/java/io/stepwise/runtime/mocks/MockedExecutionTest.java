package io.stepwise.runtime.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.runtime.ExecutionResult;
import io.stepwise.runtime.InMemoryRuntime;
import io.stepwise.runtime.RunOptions;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Executions run in memory with a test case: mocked states answer in place of their resources. */
class MockedExecutionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:Charge";

  private static final String MOCKS =
      """
      {"StateMachines":{"Orders":{"TestCases":{
         "RetryPath":{"Charge":"ChargeRetry"},
         "Short":{"Charge":"OneFailure"},
         "Each":{"Charge":"Sequence"},
         "Callback":{"Charge":"Approved"}}}},
       "MockedResponses":{
         "ChargeRetry":{
           "0-1":{"Throw":{"Error":"Lambda.TooManyRequestsException","Cause":"slow down"}},
           "2":{"Return":{"charged":true}}},
         "OneFailure":{"0":{"Throw":{"Error":"Lambda.TooManyRequestsException","Cause":"x"}}},
         "Sequence":{"0":{"Return":"first"},"1":{"Return":"second"},"2":{"Return":"third"}},
         "Approved":{"0":{"Return":{"approved":true}}}}}""";

  private static final String RETRYING =
      """
      {"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"%s",
        "Retry":[{"ErrorEquals":["Lambda.TooManyRequestsException"],"MaxAttempts":3}],
        "End":true}}}""";

  private static TestCase testCase(String name) throws Exception {
    return MockConfigParser.parse(JSON.readTree(MOCKS))
        .config()
        .testCase("Orders", name)
        .orElseThrow();
  }

  private static ExecutionResult run(TaskRegistry tasks, String definition, String testCase)
      throws Exception {
    return run(tasks, definition, "{}", testCase(testCase));
  }

  private static ExecutionResult run(
      TaskRegistry tasks, String definition, String input, TestCase testCase) throws Exception {
    return new InMemoryRuntime(tasks)
        .run(
            DefinitionParser.parse(definition).machine(),
            JSON.readTree(input),
            RunOptions.defaults().withNames("Orders", "e1").withTestCase(testCase));
  }

  private static List<String> types(ExecutionResult result) {
    return result.history().stream().map(HistoryEvent::type).map(t -> t.awsName()).toList();
  }

  @Test
  void aRetriedStateTakesTheNextMockedAnswerAtEachAttempt() throws Exception {
    String optimizedLambda = "arn:aws:states:::lambda:invoke";
    ExecutionResult result =
        run(new TaskRegistry(), RETRYING.formatted(optimizedLambda), "RetryPath");

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(JSON.readTree("{\"charged\":true}"));
    assertThat(types(result))
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskFailed",
            "TaskScheduled",
            "TaskStarted",
            "TaskFailed",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void aMockedLegacyLambdaStateRecordsLambdaEventsAndCallsNoFunction() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    TaskRegistry tasks =
        new TaskRegistry()
            .register(
                LAMBDA,
                TaskInvoker.of(
                    p -> {
                      calls.incrementAndGet();
                      return p;
                    }));

    ExecutionResult result = run(tasks, RETRYING.formatted(LAMBDA), "RetryPath");

    assertThat(calls).hasValue(0);
    assertThat(result.output()).isEqualTo(JSON.readTree("{\"charged\":true}"));
    assertThat(types(result))
        .containsSubsequence(
            "LambdaFunctionScheduled",
            "LambdaFunctionStarted",
            "LambdaFunctionFailed",
            "LambdaFunctionScheduled",
            "LambdaFunctionStarted",
            "LambdaFunctionFailed",
            "LambdaFunctionScheduled",
            "LambdaFunctionStarted",
            "LambdaFunctionSucceeded");
  }

  @Test
  void anInvocationPastTheMockedAnswersFailsTheExecutionWithStatesRuntime() throws Exception {
    ExecutionResult result = run(new TaskRegistry(), RETRYING.formatted(LAMBDA), "Short");

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).contains("OneFailure", "invocation 1", "Charge");
  }

  @Test
  void everyMapIterationTakesTheNextIndexOfTheState() throws Exception {
    String map =
        """
        {"StartAt":"Each","States":{"Each":{"Type":"Map","ItemsPath":"$.items",
          "MaxConcurrency":1,"End":true,
          "ItemProcessor":{"StartAt":"Charge","States":{
            "Charge":{"Type":"Task","Resource":"%s","End":true}}}}}}"""
            .formatted(LAMBDA);

    ExecutionResult result = run(new TaskRegistry(), map, "{\"items\":[1,2,3]}", testCase("Each"));

    assertThat(result.output()).isEqualTo(JSON.readTree("[\"first\",\"second\",\"third\"]"));
  }

  @Test
  void aMockedCallbackTaskAnswersWithoutWaitingForItsToken() throws Exception {
    String callback =
        """
        {"StartAt":"Charge","States":{"Charge":{"Type":"Task",
          "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},
          "End":true}}}""";

    ExecutionResult result = run(new TaskRegistry(), callback, "Callback");

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(JSON.readTree("{\"approved\":true}"));
    assertThat(types(result)).contains("TaskSucceeded").doesNotContain("TaskSubmitted");
  }

  @Test
  void aMockedActivityAndAMockedSyncTaskAnswerWithoutAWorkerOrAJob() throws Exception {
    String activityThenJob =
        """
        {"StartAt":"Charge","States":{
          "Charge":{"Type":"Task",
            "Resource":"arn:aws:states:us-east-1:123456789012:activity:charge",
            "ResultPath":"$.charge","Next":"Job"},
          "Job":{"Type":"Task","Resource":"arn:aws:states:::batch:submitJob.sync",
            "Parameters":{"JobName":"j","JobQueue":"q","JobDefinition":"d"},
            "ResultPath":"$.job","End":true}}}""";
    String mocks =
        """
        {"StateMachines":{"Orders":{"TestCases":{"T":{"Charge":"Approved","Job":"Done"}}}},
         "MockedResponses":{"Approved":{"0":{"Return":{"approved":true}}},
                            "Done":{"0":{"Return":{"Status":"SUCCEEDED"}}}}}""";
    TestCase testCase =
        MockConfigParser.parse(JSON.readTree(mocks)).config().testCase("Orders", "T").orElseThrow();

    ExecutionResult result = run(new TaskRegistry(), activityThenJob, "{}", testCase);

    assertThat(result.output())
        .isEqualTo(
            JSON.readTree("{\"charge\":{\"approved\":true},\"job\":{\"Status\":\"SUCCEEDED\"}}"));
    assertThat(types(result))
        .containsSubsequence(
            "ActivityScheduled",
            "ActivityStarted",
            "ActivitySucceeded",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded");
  }

  @Test
  void aStateTheTestCaseDoesNotNameRunsItsResource() throws Exception {
    String price = LAMBDA.replace("Charge", "Price");
    String twoStates =
        """
        {"StartAt":"Price","States":{
          "Price":{"Type":"Task","Resource":"%s","ResultPath":"$.price","Next":"Charge"},
          "Charge":{"Type":"Task","Resource":"%s","ResultPath":"$.charge","End":true}}}"""
            .formatted(price, LAMBDA);
    AtomicInteger priced = new AtomicInteger();
    TaskRegistry tasks =
        new TaskRegistry()
            .register(
                price,
                TaskInvoker.of(
                    p -> {
                      priced.incrementAndGet();
                      return JSON.valueToTree(9);
                    }));

    ExecutionResult result = run(tasks, twoStates, "Callback");

    assertThat(priced).hasValue(1);
    assertThat(result.output())
        .isEqualTo(JSON.readTree("{\"price\":9,\"charge\":{\"approved\":true}}"));
  }
}
