package io.stepwise.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryRuntimeTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:double";

  static StateMachine machine(String definition) {
    return DefinitionParser.parse(definition).machine();
  }

  static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  /** Runs a machine whose one Task state calls {@code resource}, with {@code tasks}. */
  static ExecutionResult runTask(TaskRegistry tasks, String resource, String input)
      throws Exception {
    return new InMemoryRuntime(tasks)
        .run(
            machine(
                """
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","End":true}}}"""
                    .formatted(resource)),
            json(input));
  }

  @Test
  void helloWorldPrintsItsResult() throws Exception {
    ExecutionResult result =
        new InMemoryRuntime()
            .run(
                machine(
                    """
                    {"Comment":"Hello World Step Function","StartAt":"Hello","States":{"Hello":
                      {"Type":"Pass","Result":"Hello, AWS Step Functions!","End":true}}}"""),
                json("{}"));

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(new TextNode("Hello, AWS Step Functions!"));
  }

  @Test
  void registeredFunctionsRunTaskStates() throws Exception {
    TaskRegistry tasks =
        new TaskRegistry()
            .register(FN, TaskInvoker.of(p -> JSON.valueToTree(p.get("n").asInt() * 2)));
    ExecutionResult result = runTask(tasks, FN, "{'n':21}");

    assertThat(result.output()).isEqualTo(JSON.valueToTree(42));
    assertThat(result.history().stream().map(e -> e.type().awsName()))
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "LambdaFunctionScheduled",
            "LambdaFunctionStarted",
            "LambdaFunctionSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void asynchronousTasksCompleteOnOtherThreads() throws Exception {
    var executor = Executors.newSingleThreadScheduledExecutor();
    try {
      TaskInvoker later =
          (parameters, context) -> {
            CompletableFuture<TaskResult> future = new CompletableFuture<>();
            executor.schedule(
                () -> future.complete(TaskResult.success(parameters)), 20, TimeUnit.MILLISECONDS);
            return future;
          };
      ExecutionResult result =
          new InMemoryRuntime(new TaskRegistry().register(FN, later))
              .run(
                  machine(
                      """
                      {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
                        {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"%1$s","End":true}}},
                        {"StartAt":"B","States":{"B":{"Type":"Task","Resource":"%1$s","End":true}}}]}}}"""
                          .formatted(FN)),
                  json("{'x':1}"));

      assertThat(result.output()).isEqualTo(json("[{'x':1},{'x':1}]"));
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void aSubmittedJobIsRecordedThenItsResultComesLater() throws Exception {
    String job = "arn:aws:states:::batch:submitJob.sync";
    JsonNode submission = json("{'JobId':'j-1'}");
    JsonNode done = json("{'done':1}");
    TaskInvoker submitting =
        (parameters, context) ->
            CompletableFuture.completedFuture(
                new TaskResult.Submitted(
                    submission, CompletableFuture.supplyAsync(() -> TaskResult.success(done))));
    ExecutionResult result = runTask(new TaskRegistry().register(job, submitting), job, "{}");

    assertThat(result.output()).isEqualTo(done);
    assertThat(result.history().stream().map(e -> e.type().awsName()))
        .containsSubsequence("TaskStarted", "TaskSubmitted", "TaskSucceeded");
  }

  @Test
  void anInvokerThatThrowsFailsTheTaskWithTheExceptionName() throws Exception {
    TaskInvoker broken =
        (parameters, context) -> {
          throw new IllegalStateException("no way");
        };
    ExecutionResult result =
        new InMemoryRuntime(new TaskRegistry().register(FN, broken))
            .run(
                machine(
                    """
                    {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s","Next":"X",
                      "Catch":[{"ErrorEquals":["IllegalStateException"],"Next":"X"}]},
                      "X":{"Type":"Pass","End":true}}}"""
                        .formatted(FN)),
                json("{}"));

    assertThat(result.output())
        .isEqualTo(json("{'Error':'IllegalStateException','Cause':'no way'}"));
  }

  @Test
  void anInvokerWhoseFutureFailedAtOnceFailsTheTask() throws Exception {
    TaskInvoker failed =
        (parameters, context) -> CompletableFuture.failedFuture(new IllegalStateException("gone"));
    ExecutionResult result = runTask(new TaskRegistry().register(FN, failed), FN, "{}");

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("IllegalStateException");
    assertThat(result.cause()).isEqualTo("gone");
  }

  @Test
  void aResourceWithoutInvokerFailsTheTask() throws Exception {
    ExecutionResult result = runTask(new TaskRegistry(), FN, "{}");

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.TaskFailed");
    assertThat(result.cause()).contains(FN);
  }

  @Test
  void aOneYearWaitEndsAtOnceOnTheVirtualClock() throws Exception {
    long started = System.nanoTime();
    ExecutionResult result =
        new InMemoryRuntime()
            .run(
                machine(
                    """
                    {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":31536000,"End":true}}}"""),
                json("{}"),
                RunOptions.defaults().withClock(RuntimeClock.virtual(0)));

    HistoryEvent last = result.history().get(result.history().size() - 1);
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(last.timestamp()).isEqualTo(31_536_000_000L);
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(5);
  }

  @Test
  void theMachinesTimeoutEndsTheExecutionAsTimedOut() throws Exception {
    ExecutionResult result =
        new InMemoryRuntime()
            .run(
                machine(
                    """
                    {"TimeoutSeconds":5,"StartAt":"W",
                     "States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}"""),
                json("{}"));

    assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
  }

  @Test
  void theHistoryRendersAsGetExecutionHistory() throws Exception {
    ExecutionResult result =
        new InMemoryRuntime()
            .run(
                machine(
                    """
                    {"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}"""),
                json("{'a':1}"),
                RunOptions.defaults().withClock(RuntimeClock.virtual(1_700_000_000_123L)));

    JsonNode entered = result.historyJson().get("events").get(1);
    assertThat(entered.get("type").asText()).isEqualTo("PassStateEntered");
    assertThat(entered.get("id").asLong()).isEqualTo(2);
    assertThat(entered.get("previousEventId").asLong()).isZero();
    assertThat(entered.get("timestamp").decimalValue()).isEqualByComparingTo("1700000000.123");
    JsonNode details = entered.get("stateEnteredEventDetails");
    assertThat(details.get("name").asText()).isEqualTo("P");
    assertThat(details.get("input").asText()).isEqualTo("{\"a\":1}");
    assertThat(details.get("inputDetails")).isEqualTo(json("{'truncated':false}"));
  }

  @Test
  void onTheSystemClockTimersFireWhenTheirTimeComes() throws Exception {
    long before = System.currentTimeMillis();
    ExecutionResult result =
        new InMemoryRuntime()
            .run(
                machine(
                    """
                    {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":0,"Next":"P"},
                      "P":{"Type":"Pass","End":true}}}"""),
                json("{'a':1}"),
                RunOptions.defaults().withClock(RuntimeClock.system()));

    assertThat(result.output()).isEqualTo(json("{'a':1}"));
    assertThat(result.history().get(0).timestamp()).isGreaterThanOrEqualTo(before);
  }
}
