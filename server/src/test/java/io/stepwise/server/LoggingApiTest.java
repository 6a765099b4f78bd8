package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.runtime.logs.LogGroupFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * Machines created with a {@code loggingConfiguration} through the AWS SDK log their executions to
 * {@code <data>/logs}, in the events' CloudWatch Logs format.
 */
class LoggingApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";
  private static final String GROUP = "/aws/vendedlogs/states/Orders";
  private static final String GROUP_ARN =
      "arn:aws:logs:eu-west-1:123456789012:log-group:" + GROUP + ":*";
  private static final String GREET =
      """
      {"StartAt":"Greet","States":{
        "Greet":{"Type":"Pass","Parameters":{"greeting.$":"States.Format('Hello, {}!', $.who)"},
          "Next":"Done"},
        "Done":{"Type":"Succeed"}}}""";
  private static final String FAIL =
      """
      {"StartAt":"Check","States":{
        "Check":{"Type":"Pass","Next":"Reject"},
        "Reject":{"Type":"Fail","Error":"OrderRejected","Cause":"Out of stock."}}}""";

  @TempDir Path data;
  private StepwiseNode node;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    node = StepwiseNode.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), data);
    sfn = SdkClients.client(node.endpoint(), "AKIDLOCAL", "any-secret");
  }

  @AfterEach
  void stop() {
    sfn.close();
    node.close();
  }

  private String machine(
      String name, String definition, StateMachineType type, LogLevel level, boolean data) {
    LoggingConfiguration logging =
        LoggingConfiguration.builder()
            .level(level)
            .includeExecutionData(data)
            .destinations(d -> d.cloudWatchLogsLogGroup(g -> g.logGroupArn(GROUP_ARN)))
            .build();
    return sfn.createStateMachine(
            b ->
                b.name(name)
                    .definition(definition)
                    .roleArn(ROLE)
                    .type(type)
                    .loggingConfiguration(logging))
        .stateMachineArn();
  }

  private String machineWithoutLogging(String name, String definition) {
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  private String runToEnd(String machine, String input) throws InterruptedException {
    String arn = sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
    while (sfn.describeExecution(b -> b.executionArn(arn)).status() == ExecutionStatus.RUNNING) {
      Thread.sleep(10);
    }
    return arn;
  }

  /** The lines of one execution, once its last one (whose type is {@code last}) is written. */
  private List<JsonNode> logged(String executionArn, String last) throws Exception {
    Path file = LogGroupFiles.file(LogGroupFiles.directory(data), GROUP_ARN);
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<JsonNode> lines = List.of();
    while (System.nanoTime() < deadline) {
      lines = Files.exists(file) ? linesOf(file, executionArn) : List.of();
      if (!lines.isEmpty() && lines.getLast().get("type").asText().equals(last)) {
        return lines;
      }
      Thread.sleep(20);
    }
    return lines;
  }

  private static List<JsonNode> linesOf(Path file, String executionArn) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      JsonNode event = JSON.readTree(line);
      if (event.get("execution_arn").asText().equals(executionArn)) {
        lines.add(event);
      }
    }
    return lines;
  }

  private static List<String> types(List<JsonNode> lines) {
    return lines.stream().map(line -> line.get("type").asText()).toList();
  }

  @Test
  void allWithExecutionDataLogsEveryEventOfTheHistoryWithItsData() throws Exception {
    String machine = machine("Greeter", GREET, StateMachineType.STANDARD, LogLevel.ALL, true);
    String execution = runToEnd(machine, "{\"who\":\"Ada\"}");

    List<JsonNode> lines = logged(execution, "ExecutionSucceeded");
    List<HistoryEvent> history = sfn.getExecutionHistory(b -> b.executionArn(execution)).events();

    assertThat(types(lines)).isEqualTo(history.stream().map(HistoryEvent::typeAsString).toList());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = lines.get(i);
      HistoryEvent event = history.get(i);
      assertThat(line.get("id").asText()).isEqualTo(Long.toString(event.id()));
      assertThat(line.get("previous_event_id").asText())
          .isEqualTo(Long.toString(event.previousEventId()));
      assertThat(line.get("event_timestamp").asText())
          .isEqualTo(Long.toString(event.timestamp().toEpochMilli()));
      assertThat(line.get("redrive_count").asText()).isEqualTo("0");
    }
    JsonNode started = lines.getFirst().get("details");
    assertThat(started.get("input").asText()).isEqualTo("{\"who\":\"Ada\"}");
    assertThat(started.get("inputDetails").get("truncated").asBoolean()).isFalse();
    assertThat(started.get("roleArn").asText()).isEqualTo(ROLE);
    assertThat(lines.getLast().get("details").get("output").asText())
        .isEqualTo("{\"greeting\":\"Hello, Ada!\"}");
  }

  @Test
  void errorLogsOnlyTheFailure() throws Exception {
    String machine = machine("Rejecter", FAIL, StateMachineType.STANDARD, LogLevel.ERROR, false);
    String execution = runToEnd(machine, "{}");

    List<JsonNode> lines = logged(execution, "ExecutionFailed");

    assertThat(types(lines)).containsExactly("FailStateEntered", "ExecutionFailed");
    assertThat(lines.getFirst().get("details")).isEqualTo(JSON.readTree("{\"name\":\"Reject\"}"));
    assertThat(lines.getLast().get("details"))
        .isEqualTo(JSON.readTree("{\"error\":\"OrderRejected\",\"cause\":\"Out of stock.\"}"));
  }

  @Test
  void anExpressExecutionsLogIsItsOnlyHistory() throws Exception {
    String machine = machine("QuickGreeter", GREET, StateMachineType.EXPRESS, LogLevel.ALL, true);

    StartSyncExecutionResponse result =
        sfn.startSyncExecution(b -> b.stateMachineArn(machine).input("{\"who\":\"Bo\"}"));

    assertThat(result.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
    List<JsonNode> lines = logged(result.executionArn(), "ExecutionSucceeded");
    assertThat(types(lines))
        .containsExactly(
            "ExecutionStarted",
            "PassStateEntered",
            "PassStateExited",
            "SucceedStateEntered",
            "SucceedStateExited",
            "ExecutionSucceeded");
    assertThat(lines.getLast().get("details").get("output").asText())
        .isEqualTo("{\"greeting\":\"Hello, Bo!\"}");
  }

  @Test
  void anUpdateTurnsLoggingOnForTheExecutionsStartedAfterIt() throws Exception {
    String machine = machineWithoutLogging("LateLogger", FAIL);
    runToEnd(machine, "{}");
    sfn.updateStateMachine(
        b ->
            b.stateMachineArn(machine)
                .loggingConfiguration(
                    l ->
                        l.level(LogLevel.FATAL)
                            .destinations(
                                d -> d.cloudWatchLogsLogGroup(g -> g.logGroupArn(GROUP_ARN)))));

    String execution = runToEnd(machine, "{}");

    assertThat(types(logged(execution, "ExecutionFailed"))).containsExactly("ExecutionFailed");
  }

  @Test
  void aMachineWithoutLoggingWritesNoLog() throws Exception {
    String machine = machineWithoutLogging("Quiet", GREET);
    runToEnd(machine, "{\"who\":\"Cy\"}");
    node.close();
    node = StepwiseNode.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), data);

    try (var files = Files.list(LogGroupFiles.directory(data))) {
      assertThat(files.filter(f -> f.toString().endsWith(".jsonl"))).isEmpty();
    }
  }
}
