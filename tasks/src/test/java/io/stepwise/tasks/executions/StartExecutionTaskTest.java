package io.stepwise.tasks.executions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.runtime.TaskContext;
import io.stepwise.runtime.TaskResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The startExecution task over a fake service: what it asks for and what it answers. */
class StartExecutionTaskTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MACHINE = "arn:aws:states:eu-west-1:123456789012:stateMachine:Child";
  private static final String PARENT = "arn:aws:states:eu-west-1:123456789012:execution:P:run-1";
  private static final String CHILD = "arn:aws:states:eu-west-1:123456789012:execution:Child:c";
  private static final long STARTED = 1_700_000_000_123L;

  /** Records each start and answers what the test set. */
  private static final class FakeChildren implements ChildExecutions {
    final List<List<Object>> starts = new ArrayList<>();
    final List<String> stopped = new ArrayList<>();
    final CompletableFuture<ObjectNode> end = new CompletableFuture<>();
    ChildStart answer = new ChildStart.Started(CHILD, STARTED, false, end);

    @Override
    public ChildStart start(String stateMachineArn, String name, String input, boolean ownName) {
      starts.add(List.of(stateMachineArn, name, input, ownName));
      return answer;
    }

    @Override
    public void stop(String executionArn) {
      stopped.add(executionArn);
    }
  }

  private final FakeChildren children = new FakeChildren();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static TaskContext context(long token) {
    ObjectNode contextObject = JSON.createObjectNode();
    contextObject.putObject("Execution").put("Id", PARENT);
    return new TaskContext(
        token,
        "arn:aws:states:::states:startExecution",
        new EvaluationContext() {
          @Override
          public JsonNode contextObject() {
            return contextObject;
          }

          @Override
          public JsonNode variable(String name) {
            return null;
          }

          @Override
          public Instant now() {
            return Instant.ofEpochMilli(STARTED);
          }
        });
  }

  private TaskResult invoke(StartExecutionTask.Pattern pattern, String parameters, long token)
      throws Exception {
    return new StartExecutionTask(CompletableFuture.completedFuture(children), pattern)
        .invoke(json(parameters), context(token))
        .toCompletableFuture()
        .get(5, TimeUnit.SECONDS);
  }

  /** What a {@code .sync} task over {@link #MACHINE} answered: the submitted child. */
  private TaskResult.Submitted submitted(StartExecutionTask.Pattern pattern) throws Exception {
    return (TaskResult.Submitted) invoke(pattern, "{'StateMachineArn':'%s'}".formatted(MACHINE), 3);
  }

  /** DescribeExecution's answer for the child as the API sends it. */
  private static ObjectNode described(String status) throws Exception {
    ObjectNode out =
        (ObjectNode)
            json(
                "{'executionArn':'%s','stateMachineArn':'%s','name':'c','status':'%s','input':'{\\'n\\':1}','inputDetails':{'included':true},'output':'{\\'n\\':2}'}"
                    .formatted(CHILD, MACHINE, status));
    out.put("startDate", new BigDecimal("1700000000.123"));
    return out.put("stopDate", new BigDecimal("1700000001.5"));
  }

  @Test
  void startExecutionAnswersTheChildsArnAndStartDateInMilliseconds() throws Exception {
    TaskResult result =
        invoke(
            StartExecutionTask.Pattern.REQUEST_RESPONSE,
            "{'StateMachineArn':'%s','Name':'c','Input':{'n':1}}".formatted(MACHINE),
            3);

    assertThat(result)
        .isEqualTo(
            TaskResult.success(
                json("{'ExecutionArn':'%s','StartDate':%d}".formatted(CHILD, STARTED))));
    assertThat(children.starts).containsExactly(List.of(MACHINE, "c", "{\"n\":1}", false));
  }

  @Test
  void withoutANameTheChildsNameIsTheSameUuidForTheSameTask() throws Exception {
    String parameters = "{'StateMachineArn':'%s','Input':'{\\'a\\':1}'}".formatted(MACHINE);
    invoke(StartExecutionTask.Pattern.REQUEST_RESPONSE, parameters, 3);
    invoke(StartExecutionTask.Pattern.REQUEST_RESPONSE, parameters, 3);
    invoke(StartExecutionTask.Pattern.REQUEST_RESPONSE, parameters, 9);

    List<Object> first = children.starts.get(0);
    assertThat(children.starts.get(1)).isEqualTo(first);
    assertThat(first.get(1).toString()).matches("[0-9a-f-]{36}");
    assertThat(first.subList(2, 4)).containsExactly("{'a':1}".replace('\'', '"'), true);
    assertThat(children.starts.get(2).get(1)).isNotEqualTo(first.get(1));
  }

  @Test
  void syncSubmitsTheChildAndEndsWithItsDescriptionInTheSdksShape() throws Exception {
    TaskResult.Submitted submitted = submitted(StartExecutionTask.Pattern.SYNC);
    children.end.complete(described("SUCCEEDED"));

    assertThat(submitted.output().path("ExecutionArn").asText()).isEqualTo(CHILD);
    TaskResult result = submitted.result().toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertThat(result)
        .isEqualTo(
            TaskResult.success(
                json(
                    "{'ExecutionArn':'%s','StateMachineArn':'%s','Name':'c','Status':'SUCCEEDED','Input':'{\\'n\\':1}','InputDetails':{'Included':true},'Output':'{\\'n\\':2}','StartDate':1700000000123,'StopDate':1700000001500}"
                        .formatted(CHILD, MACHINE))));
  }

  @Test
  void sync2ParsesTheChildsInputAndOutput() throws Exception {
    TaskResult.Submitted submitted = submitted(StartExecutionTask.Pattern.SYNC_JSON);
    children.end.complete(described("SUCCEEDED"));

    TaskResult.Success success =
        (TaskResult.Success) submitted.result().toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertThat(success.output().path("Input")).isEqualTo(json("{'n':1}"));
    assertThat(success.output().path("Output")).isEqualTo(json("{'n':2}"));
  }

  @Test
  void aChildThatDidNotSucceedFailsTheTaskWithItsDescriptionAsCause() throws Exception {
    TaskResult.Submitted submitted = submitted(StartExecutionTask.Pattern.SYNC);
    children.end.complete(described("TIMED_OUT"));

    TaskResult.Failure failure =
        (TaskResult.Failure) submitted.result().toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertThat(failure.error()).isEqualTo("States.TaskFailed");
    assertThat(json(failure.cause()).path("Status").asText()).isEqualTo("TIMED_OUT");
  }

  @Test
  void cancellingTheWaitStopsTheChild() throws Exception {
    TaskResult.Submitted submitted = submitted(StartExecutionTask.Pattern.SYNC);

    submitted.result().toCompletableFuture().cancel(false);

    assertThat(children.stopped).containsExactly(CHILD);
  }

  @Test
  void aChildFoundAgainAfterARestartIsNotSubmittedAgain() throws Exception {
    children.answer = new ChildStart.Started(CHILD, STARTED, true, children.end);

    TaskResult.Submitted submitted = submitted(StartExecutionTask.Pattern.SYNC);

    assertThat(submitted.output()).isNull();
  }

  @Test
  void aRefusedStartFailsWithTheServicesErrorName() throws Exception {
    children.answer =
        new ChildStart.Refused("StateMachineDoesNotExist", "State Machine Does Not Exist");

    TaskResult.Failure failure =
        (TaskResult.Failure)
            invoke(
                StartExecutionTask.Pattern.SYNC, "{'StateMachineArn':'%s'}".formatted(MACHINE), 3);

    assertThat(failure.error()).isEqualTo("StepFunctions.StateMachineDoesNotExistException");
    assertThat(failure.cause())
        .startsWith("State Machine Does Not Exist (Service: AWSStepFunctions; Status Code: 400;");
  }

  @Test
  void parametersWithoutAStateMachineArnFailTheTask() throws Exception {
    TaskResult.Failure failure =
        (TaskResult.Failure) invoke(StartExecutionTask.Pattern.REQUEST_RESPONSE, "{'Input':{}}", 3);

    assertThat(failure.error()).isEqualTo("States.Runtime");
    assertThat(failure.cause()).contains("StateMachineArn").contains("missing");
    assertThat(children.starts).isEmpty();
  }
}
