package io.stepwise.runtime.durable;

import static io.stepwise.runtime.durable.DurableFixtures.json;
import static io.stepwise.runtime.durable.DurableFixtures.request;
import static io.stepwise.runtime.durable.DurableFixtures.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.runtime.logs.LogFileWriter;
import io.stepwise.runtime.logs.LogGroupFiles;
import io.stepwise.runtime.mocks.MockConfig;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StateMachineType;
import io.stepwise.store.Store;
import io.stepwise.store.memory.InMemoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standard and Express executions write their committed events to their machine's log group. */
class DurableLoggingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASS_THEN_FAIL =
      """
      {"StartAt":"P","States":{
        "P":{"Type":"Pass","Next":"F"},
        "F":{"Type":"Fail","Error":"SomeFailure","Cause":"It broke."}}}""";
  private static final String PASS =
      """
      {"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""";

  private static final String WAIT_A_MINUTE =
      """
      {"StartAt":"P","States":{
        "P":{"Type":"Pass","Next":"W"},
        "W":{"Type":"Wait","Seconds":60,"Next":"Q"},
        "Q":{"Type":"Pass","End":true}}}""";

  @TempDir Path logs;
  private final VirtualClock clock = new VirtualClock(5_000);
  private Store store;
  private LogFileWriter writer;
  private DurableRuntime runtime;

  @BeforeEach
  void open() {
    store = new InMemoryStore();
    writer = LogFileWriter.open(logs);
    runtime = DurableRuntime.open(store, new TaskRegistry(), clock, MockConfig.empty(), writer);
  }

  /** Stops the runtime and its writer, as a crash would, then opens them again on the store. */
  private void restart(Runnable whileStopped) {
    runtime.close();
    writer.close();
    whileStopped.run();
    writer = LogFileWriter.open(logs);
    runtime = DurableRuntime.open(store, new TaskRegistry(), clock, MockConfig.empty(), writer);
  }

  /** Starts an execution that waits a minute, and returns its ARN once it waits. */
  private String startWaiting(StateMachineRecord machine) throws Exception {
    runtime.start(request(machine, "waits", json("{}")));
    String arn = DurableFixtures.PREFIX + "execution:" + machine.name() + ":waits";
    while (!types(store.executions().history(arn)).contains("WaitStateEntered")) {
      Thread.sleep(5);
    }
    writer.flush();
    return arn;
  }

  private List<String> loggedTypesOnceEnded(String name, String arn) throws Exception {
    // Asked before the clock moves: an execution that has ended is no longer in the runtime.
    var end = runtime.completion(arn).orElseThrow();
    clock.advanceBy(Duration.ofSeconds(60));
    end.get(10, TimeUnit.SECONDS);
    writer.flush();
    return lineTypes(lines(name));
  }

  @AfterEach
  void close() {
    runtime.close();
    writer.close();
    store.close();
  }

  private StateMachineRecord machine(
      String name, String definition, StateMachineType type, String level, boolean data) {
    String logging =
        """
        {"level":"%s","includeExecutionData":%s,"destinations":[{"cloudWatchLogsLogGroup":
        {"logGroupArn":"arn:aws:logs:us-east-1:123456789012:log-group:/stepwise/%s:*"}}]}"""
            .formatted(level, data, name);
    return DurableFixtures.storeMachine(store, name, definition, type, logging);
  }

  private ExecutionRecord run(StateMachineRecord machine) throws Exception {
    StartOutcome outcome = runtime.start(request(machine, "run-1", json("{'n':1}")));
    ExecutionRecord row = ((StartOutcome.Started) outcome).completion().get(10, TimeUnit.SECONDS);
    writer.flush();
    return row;
  }

  private List<JsonNode> lines(String name) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(LogGroupFiles.file(logs, "/stepwise/" + name))) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  private static List<String> lineTypes(List<JsonNode> lines) {
    return lines.stream().map(line -> line.get("type").asText()).toList();
  }

  @Test
  void aStandardExecutionAtAllLogsItsWholeHistory() throws Exception {
    ExecutionRecord row = run(machine("Standard", PASS, StateMachineType.STANDARD, "ALL", true));

    List<JsonNode> lines = lines("Standard");

    assertThat(lineTypes(lines)).isEqualTo(types(store.executions().history(row.arn())));
    assertThat(lines).allMatch(line -> line.get("execution_arn").asText().equals(row.arn()));
    assertThat(lines.getLast().get("details").get("output").asText()).isEqualTo("{\"n\":1}");
  }

  @Test
  void anExpressExecutionLogsThoughItKeepsNoHistory() throws Exception {
    ExecutionRecord row = run(machine("Express", PASS, StateMachineType.EXPRESS, "ALL", false));

    List<JsonNode> lines = lines("Express");

    assertThat(lineTypes(lines))
        .containsExactly(
            "ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    assertThat(lines.getFirst().get("execution_arn").asText()).isEqualTo(row.arn());
    assertThat(lines).allMatch(line -> !line.get("details").has("input"));
    assertThat(lines).allMatch(line -> !line.get("details").has("output"));
  }

  @Test
  void errorLogsTheFailStateAndTheExecutionsFailure() throws Exception {
    run(machine("Errors", PASS_THEN_FAIL, StateMachineType.STANDARD, "ERROR", true));

    assertThat(lineTypes(lines("Errors"))).containsExactly("FailStateEntered", "ExecutionFailed");
  }

  @Test
  void fatalLogsOnlyTheExecutionsFailure() throws Exception {
    run(machine("Fatal", PASS_THEN_FAIL, StateMachineType.EXPRESS, "FATAL", true));

    List<JsonNode> lines = lines("Fatal");
    assertThat(lineTypes(lines)).containsExactly("ExecutionFailed");
    assertThat(lines.getFirst().get("details").get("error").asText()).isEqualTo("SomeFailure");
  }

  @Test
  void aRestartLogsNoEventTwiceWhenEveryLineWasWritten() throws Exception {
    StateMachineRecord machine =
        machine("Restarted", WAIT_A_MINUTE, StateMachineType.STANDARD, "ALL", true);
    String arn = startWaiting(machine);

    restart(() -> {});

    assertThat(loggedTypesOnceEnded("Restarted", arn))
        .isEqualTo(types(store.executions().history(arn)));
  }

  @Test
  void aRestartLogsAgainTheEventsWhoseLinesWereLost() throws Exception {
    StateMachineRecord machine =
        machine("Lost", WAIT_A_MINUTE, StateMachineType.STANDARD, "ALL", true);
    String arn = startWaiting(machine);

    // The crash came after the steps were committed, before their lines reached the disk.
    restart(
        () -> {
          try (Stream<Path> files = Files.list(logs)) {
            files.forEach(file -> file.toFile().delete());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });

    assertThat(loggedTypesOnceEnded("Lost", arn)).isEqualTo(types(store.executions().history(arn)));
  }

  @Test
  void anExecutionThatEndedBeforeItsLastLinesWereWrittenCompletesItsLogAfterARestart()
      throws Exception {
    StateMachineRecord machine =
        machine("EndedUnwritten", WAIT_A_MINUTE, StateMachineType.STANDARD, "ALL", true);
    String arn = startWaiting(machine);
    // The writer stops, as in a crash: the execution's last step is committed, never written.
    writer.close();
    var end = runtime.completion(arn).orElseThrow();
    clock.advanceBy(Duration.ofSeconds(60));
    end.get(10, TimeUnit.SECONDS);

    restart(() -> {});
    writer.flush();

    assertThat(lineTypes(lines("EndedUnwritten")))
        .isEqualTo(types(store.executions().history(arn)));
  }

  @Test
  void offWritesNoFile() throws Exception {
    run(machine("Off", PASS, StateMachineType.STANDARD, "OFF", true));

    assertThat(LogGroupFiles.file(logs, "/stepwise/Off")).doesNotExist();
  }
}
