package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.stepwise.tasks.services.ServiceEndpoints;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidOutputException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * Tasks that wait for an answer from outside, through the AWS SDK: an activity worker polling from
 * another thread, and callbacks whose token a task sends to a (fake) SQS queue.
 */
class CallbackApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";

  @TempDir Path data;
  private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
  private HttpServer sqs;
  private StepwiseNode node;
  private SfnClient sfn;

  @BeforeEach
  void start() throws IOException {
    sqs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    sqs.createContext(
        "/",
        exchange -> {
          JsonNode request = JSON.readTree(exchange.getRequestBody());
          queue.add(request.path("MessageBody").asText());
          byte[] answer = "{\"MessageId\":\"m-1\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    sqs.start();
    startNode();
  }

  private void startNode() {
    URI endpoint = URI.create("http://127.0.0.1:" + sqs.getAddress().getPort() + "/");
    node =
        StepwiseNode.start(
            ServerConfig.defaults()
                .withAddress("127.0.0.1", 0)
                .withServiceEndpoints(ServiceEndpoints.none().with("sqs", endpoint)),
            data);
    sfn = SdkClients.client(node.endpoint(), "AKIDLOCAL", "any-secret");
  }

  @AfterEach
  void stop() {
    sfn.close();
    node.close();
    sqs.stop(0);
  }

  private String machine(String name, String definition) {
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  private String start(String machine, String input) {
    return sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
  }

  private DescribeExecutionResponse awaitEnd(String arn) throws InterruptedException {
    DescribeExecutionResponse described;
    while ((described = sfn.describeExecution(b -> b.executionArn(arn))).status()
        == ExecutionStatus.RUNNING) {
      Thread.sleep(10);
    }
    return described;
  }

  /**
   * The token the task sent, once its execution has recorded the hand-over (TaskSubmitted), as a
   * consumer of the queue would answer it: later than the message's arrival.
   */
  private String submittedToken(String arn) throws InterruptedException {
    String token = queue.poll(30, TimeUnit.SECONDS);
    while (history(arn).stream().noneMatch(e -> e.typeAsString().equals("TaskSubmitted"))) {
      Thread.sleep(5);
    }
    return token;
  }

  private List<HistoryEvent> history(String arn) {
    return sfn.getExecutionHistory(b -> b.executionArn(arn)).events();
  }

  /** A task that sends its token to the queue and waits for the answer. */
  private static String callbackMachine(String extra) {
    return """
        {"StartAt":"Ask","States":{
          "Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters":{"QueueUrl":"q","MessageBody.$":"$$.Task.Token"},%s
            "Catch":[{"ErrorEquals":["Rejected"],"ResultPath":"$.rejection","Next":"Rejected"}],
            "End":true},
          "Rejected":{"Type":"Pass","End":true}}}"""
        .formatted(extra);
  }

  @Test
  void aWorkerPollsAnActivityFromAnotherThreadAndCompletesIt() throws Exception {
    String activity = sfn.createActivity(b -> b.name("approve")).activityArn();
    String machine =
        machine(
            "Approval",
            """
            {"StartAt":"Approve","States":{"Approve":{"Type":"Task","Resource":"%s","End":true}}}"""
                .formatted(activity));
    CompletableFuture<GetActivityTaskResponse> polled =
        CompletableFuture.supplyAsync(
            () -> sfn.getActivityTask(b -> b.activityArn(activity).workerName("worker-1")));
    String arn = start(machine, "{\"order\":7}");

    GetActivityTaskResponse task = polled.get(30, TimeUnit.SECONDS);
    assertThat(JSON.readTree(task.input())).isEqualTo(JSON.readTree("{\"order\":7}"));
    sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"approved\":true}"));

    assertThat(awaitEnd(arn).output()).isEqualTo("{\"approved\":true}");
    List<HistoryEvent> events = history(arn);
    assertThat(events.stream().map(HistoryEvent::typeAsString))
        .containsSubsequence("ActivityScheduled", "ActivityStarted", "ActivitySucceeded");
    assertThat(
            events.stream()
                .filter(e -> e.activityStartedEventDetails() != null)
                .findFirst()
                .orElseThrow()
                .activityStartedEventDetails()
                .workerName())
        .isEqualTo("worker-1");
    assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{}")))
        .isInstanceOf(TaskDoesNotExistException.class);
  }

  @Test
  void aCallbackIsCompletedFromAnotherThreadWithItsToken() throws Exception {
    String arn = start(machine("Callback", callbackMachine("")), "{}");
    String token = submittedToken(arn);

    CompletableFuture.runAsync(
            () -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"answer\":42}")))
        .get(30, TimeUnit.SECONDS);

    assertThat(awaitEnd(arn).output()).isEqualTo("{\"answer\":42}");
    assertThat(history(arn).stream().map(HistoryEvent::typeAsString))
        .containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded");
  }

  @Test
  void aFailureSentWithTheTokenIsCaught() throws Exception {
    String arn = start(machine("Failure", callbackMachine("")), "{}");
    String token = submittedToken(arn);

    sfn.sendTaskFailure(b -> b.taskToken(token).error("Rejected").cause("no budget"));

    assertThat(JSON.readTree(awaitEnd(arn).output()).path("rejection"))
        .isEqualTo(JSON.readTree("{\"Error\":\"Rejected\",\"Cause\":\"no budget\"}"));
  }

  @Test
  void heartbeatsKeepATaskAliveAndTheirAbsenceTimesItOut() throws Exception {
    String machine = machine("Heartbeat", callbackMachine("\"HeartbeatSeconds\":1,"));
    String alive = start(machine, "{}");
    String aliveToken = submittedToken(alive);
    for (int i = 0; i < 6; i++) {
      Thread.sleep(300);
      sfn.sendTaskHeartbeat(b -> b.taskToken(aliveToken));
    }
    sfn.sendTaskSuccess(b -> b.taskToken(aliveToken).output("{}"));
    String silent = start(machine, "{}");
    String silentToken = submittedToken(silent);

    assertThat(awaitEnd(alive).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    DescribeExecutionResponse timedOut = awaitEnd(silent);
    assertThat(timedOut.error()).isEqualTo("States.HeartbeatTimeout");
    assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(silentToken).output("{}")))
        .isInstanceOf(TaskTimedOutException.class);
  }

  @Test
  void aPendingTokenAndAnActivityTaskStayValidAcrossARestart() throws Exception {
    String activity = sfn.createActivity(b -> b.name("later")).activityArn();
    String callback = start(machine("Restart", callbackMachine("")), "{}");
    String token = submittedToken(callback);
    String worked =
        start(
            machine(
                "RestartActivity",
                """
                {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s","End":true}}}"""
                    .formatted(activity)),
            "{\"n\":1}");
    Thread.sleep(200);

    sfn.close();
    node.close();
    startNode();
    sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"after\":\"restart\"}"));
    GetActivityTaskResponse task = sfn.getActivityTask(b -> b.activityArn(activity));
    sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"worked\":true}"));

    assertThat(awaitEnd(callback).output()).isEqualTo("{\"after\":\"restart\"}");
    assertThat(awaitEnd(worked).output()).isEqualTo("{\"worked\":true}");
  }

  @Test
  void callbacksAndPollsAnswerAwssErrors() {
    String unknown = "arn:aws:states:eu-west-1:123456789012:activity:nope";

    assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken("garbage").output("{}")))
        .isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> sfn.sendTaskHeartbeat(b -> b.taskToken("garbage")))
        .isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> sfn.getActivityTask(b -> b.activityArn("no_an_activity_arn")))
        .isInstanceOf(InvalidArnException.class);
    assertThatThrownBy(() -> sfn.getActivityTask(b -> b.activityArn(unknown)))
        .isInstanceOf(ActivityDoesNotExistException.class)
        .hasMessageContaining("Activity Does Not Exist: '" + unknown + "'");
  }

  @Test
  void anOutputThatIsNotJsonIsRefused() throws Exception {
    String arn = start(machine("BadOutput", callbackMachine("")), "{}");
    String token = submittedToken(arn);

    assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{not json")))
        .isInstanceOf(InvalidOutputException.class);
  }
}
