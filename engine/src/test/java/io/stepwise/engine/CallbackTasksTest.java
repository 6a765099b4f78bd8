package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.JSON;
import static io.stepwise.engine.EngineHarness.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.history.HistoryRenderer;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Tasks that wait for an answer from outside: callbacks with a task token, and activities. */
class CallbackTasksTest {
  private static final String SQS = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
  private static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:approve";
  private static final JsonNode MESSAGE = JSON.createObjectNode().put("MessageId", "m-1");

  @Test
  void aCallbackTaskIsSubmittedThenWaitsForItsTokensAnswer() throws Exception {
    AtomicReference<JsonNode> sent = new AtomicReference<>();
    var run =
        given(
                """
                {"StartAt":"Ask","States":{"Ask":{"Type":"Task","Resource":"%s",
                  "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},
                  "End":true}}}"""
                    .formatted(SQS))
            .task(
                SQS,
                parameters -> {
                  sent.set(parameters);
                  return new Command.TaskSubmitted(0, MESSAGE);
                })
            .run("{}");

    assertThat(run.types())
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSubmitted");
    TaskToken token = TaskToken.decode(sent.get().at("/MessageBody/token").asText()).orElseThrow();
    assertThat(token.executionArn()).isEqualTo(run.state().identity().executionArn());
    assertThat(token.engineToken()).isEqualTo(3);
    assertThat(HistoryRenderer.render(run.history().getLast()).get("taskSubmittedEventDetails"))
        .isEqualTo(
            JSON.readTree(
                """
                {"resourceType":"sqs","resource":"sendMessage.waitForTaskToken",
                 "output":"{\\"MessageId\\":\\"m-1\\"}","outputDetails":{"truncated":false}}"""));

    run.send(new Command.TaskSucceeded(token.engineToken(), JSON.readTree("{\"approved\":true}")));

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.state().output()).isEqualTo(JSON.readTree("{\"approved\":true}"));
  }

  @Test
  void anActivityStartsWhenAWorkerTakesItAndItsHeartbeatRunsFromThere() throws Exception {
    var run =
        given(
                """
                {"StartAt":"Approve","States":{"Approve":{"Type":"Task","Resource":"%s",
                  "HeartbeatSeconds":30,"End":true}}}"""
                    .formatted(ACTIVITY))
            .run("{\"order\":7}");
    long token = run.pendingTask(ACTIVITY).token();

    assertThat(run.types())
        .containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled");
    // Compared as text: the renderer writes the long seconds, the parser reads an int.
    assertThat(
            HistoryRenderer.render(run.history().getLast())
                .get("activityScheduledEventDetails")
                .toString())
        .isEqualTo(
            JSON.readTree(
                    """
                {"resource":"%s","input":"{\\"order\\":7}","inputDetails":{"truncated":false},
                 "heartbeatInSeconds":30}"""
                        .formatted(ACTIVITY))
                .toString());

    // Its heartbeat runs from the start: no heartbeat comes, so it times out 30 s later.
    run.send(new Command.ActivityStarted(token, "worker-1"));

    assertThat(run.types())
        .containsSubsequence("ActivityScheduled", "ActivityStarted", "ActivityTimedOut");
    assertThat(run.state().error()).isEqualTo("States.HeartbeatTimeout");
    assertThat(HistoryRenderer.render(run.history().get(3)).get("activityStartedEventDetails"))
        .isEqualTo(JSON.readTree("{\"workerName\":\"worker-1\"}"));
  }

  @Test
  void anActivitysFailureIsRecordedAsActivityFailed() throws Exception {
    var run =
        given(
                """
                {"StartAt":"Approve","States":{"Approve":{"Type":"Task","Resource":"%s",
                  "End":true}}}"""
                    .formatted(ACTIVITY))
            .run("{}");
    long token = run.pendingTask(ACTIVITY).token();

    run.send(new Command.ActivityStarted(token, "w"))
        .send(new Command.TaskFailed(token, "Rejected", "not approved"));

    assertThat(run.types())
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "ActivityScheduled",
            "ActivityStarted",
            "ActivityFailed",
            "ExecutionFailed");
    assertThat(run.state().error()).isEqualTo("Rejected");
  }

  @Test
  void aTokenThatIsNotStepwisesDoesNotDecode() {
    assertThat(TaskToken.decode("not a token")).isEmpty();
    assertThat(TaskToken.decode("")).isEmpty();
    assertThat(TaskToken.decode(new TaskToken("arn:aws:states:x", 42).encode()))
        .contains(new TaskToken("arn:aws:states:x", 42));
  }
}
