package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.runtime.logs.LogGroupFiles;
import io.stepwise.runtime.logs.LogLevel;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.StepwiseNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;

/**
 * The corpus's logging cases, run with the level and {@code includeExecutionData} their names give
 * (for example {@code ..._ERROR_True___...}): the execution's log holds, in order, the events of
 * AWS's recorded history that the level logs, each with AWS's recorded details (less the execution
 * data when it is not included). The corpus records no log output, so this is the log's content
 * derived from what AWS recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoggingCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SETTINGS = Pattern.compile("_(ALL|ERROR|FATAL|OFF)_(True|False)___");
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";
  private static final String GROUP_ARN =
      "arn:aws:logs:us-east-1:123456789012:log-group:/stepwise/conformance:*";
  private static final List<String> EXECUTION_DATA =
      List.of("input", "inputDetails", "output", "outputDetails");

  /** The recorder replaced the role ARN by this word without listing it among the placeholders. */
  private static final String ROLE_PLACEHOLDER = "snf_role_arn";

  @TempDir static Path data;
  private StepwiseNode node;
  private SfnClient sfn;
  private int machines;

  @BeforeAll
  void start() {
    node = StepwiseNode.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), data);
    sfn = ApiRoute.sdkClient(node.endpoint());
  }

  @AfterAll
  void stop() {
    sfn.close();
    node.close();
  }

  @TestFactory
  Stream<DynamicTest> everyLoggingCaseLogsWhatAwsRecordedAtItsLevel() throws Exception {
    Path corpus = Corpus.locate(Path.of(""));
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      files
          .filter(file -> file.getFileName().toString().startsWith("v2_logs_"))
          .filter(file -> SETTINGS.matcher(file.getFileName().toString()).find())
          .sorted()
          .forEach(cases::add);
    }
    // 25 logging cases, of which test_deleted_log_group names no level.
    assertThat(cases).hasSize(24);
    return cases.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private void check(Path file) throws Exception {
    JsonNode recorded = JSON.readTree(file.toFile());
    Matcher settings = SETTINGS.matcher(file.getFileName().toString());
    settings.find();
    LogLevel level = LogLevel.valueOf(settings.group(1));
    boolean includeData = Boolean.parseBoolean(settings.group(2));
    String execution = run(recorded, level, includeData);
    List<JsonNode> expected = new ArrayList<>();
    for (JsonNode event : recorded.path("history_events")) {
      if (level.logs(eventType(event.get("type").asText()))) {
        expected.add(event);
      }
    }
    List<JsonNode> lines = logged(execution, expected.size());
    assertThat(lines).hasSameSizeAs(expected);
    PlaceholderMatcher matcher = new PlaceholderMatcher(List.of(ROLE_PLACEHOLDER), true);
    for (int i = 0; i < expected.size(); i++) {
      JsonNode event = expected.get(i);
      JsonNode line = lines.get(i);
      assertThat(line.get("type").asText()).isEqualTo(event.get("type").asText());
      assertThat(line.get("id").asText()).isEqualTo(event.get("id").asText());
      assertThat(line.get("previous_event_id").asText())
          .isEqualTo(event.get("previousEventId").asText());
      JsonNode details = recordedDetails(event, includeData);
      assertThat(matcher.matches(details, parsedPayloads(line.get("details"))))
          .as("details of %s: recorded %s, logged %s", event.get("type"), details, line)
          .isTrue();
    }
  }

  private String run(JsonNode recorded, LogLevel level, boolean includeData) throws Exception {
    LoggingConfiguration logging =
        LoggingConfiguration.builder()
            .level(level.name())
            .includeExecutionData(includeData)
            .destinations(d -> d.cloudWatchLogsLogGroup(g -> g.logGroupArn(GROUP_ARN)))
            .build();
    String machine =
        sfn.createStateMachine(
                b ->
                    b.name("LoggingCase" + ++machines)
                        .definition(recorded.get("definition").toString())
                        .roleArn(ROLE)
                        .loggingConfiguration(logging))
            .stateMachineArn();
    String arn =
        sfn.startExecution(b -> b.stateMachineArn(machine).input(recorded.get("input").asText()))
            .executionArn();
    while (sfn.describeExecution(b -> b.executionArn(arn)).status() == ExecutionStatus.RUNNING) {
      Thread.sleep(5);
    }
    return arn;
  }

  private static HistoryEventType eventType(String awsName) {
    return Arrays.stream(HistoryEventType.values())
        .filter(type -> type.awsName().equals(awsName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Expected a history event type, but got " + awsName));
  }

  /** The execution's log lines, once {@code count} of them are written (or 10 s have passed). */
  private List<JsonNode> logged(String executionArn, int count) throws Exception {
    Path file = LogGroupFiles.file(LogGroupFiles.directory(data), GROUP_ARN);
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<JsonNode> lines = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      lines.clear();
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file)) {
          JsonNode event = JSON.readTree(line);
          if (event.get("execution_arn").asText().equals(executionArn)) {
            lines.add(event);
          }
        }
      }
      if (lines.size() >= count) {
        break;
      }
      Thread.sleep(10);
    }
    return lines;
  }

  /** The recorded event's details member, less the execution data when the log leaves it out. */
  private static JsonNode recordedDetails(JsonNode event, boolean includeData) {
    ObjectNode details = JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> member : event.properties()) {
      if (member.getKey().endsWith("EventDetails")) {
        details = member.getValue().deepCopy();
      }
    }
    if (!includeData) {
      details.remove(EXECUTION_DATA);
    }
    return details;
  }

  /** The logged details with inputs and outputs parsed, as the recorder kept them. */
  private static JsonNode parsedPayloads(JsonNode logged) throws Exception {
    ObjectNode details = logged.deepCopy();
    for (String payload : List.of("input", "output")) {
      if (details.has(payload)) {
        details.set(payload, JSON.readTree(details.get(payload).asText()));
      }
    }
    return details;
  }
}
