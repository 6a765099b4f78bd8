package io.stepwise.server;

import static io.stepwise.server.ResourceApi.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Kills a server process (SIGKILL) while its executions wait, starts a new one on the same data
 * directory, and checks through the API that every execution finished once, on time.
 */
class ServerCrashTest {
  private static final int EXECUTIONS = 30;
  private static final String MACHINE =
      """
      {"StartAt":"Greet","States":{
        "Greet":{"Type":"Pass","Parameters":{"who.$":"$.who"},"Next":"Pause"},
        "Pause":{"Type":"Wait","Seconds":2,"Next":"Done"},
        "Done":{"Type":"Pass","Parameters":{"greeting.$":"States.Format('Hello, {}!', $.who)"},
          "End":true}}}""";

  @TempDir Path directory;
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void killAll() {
    processes.forEach(Process::destroyForcibly);
  }

  @Test
  void executionsOfAKilledServerFinishInTheNextOne() throws Exception {
    List<String> arns = new ArrayList<>();
    Process first = startServer();
    try (SfnClient sfn = client(first)) {
      String machine =
          sfn.createStateMachine(r -> r.name("Greeter").definition(MACHINE).roleArn(ROLE))
              .stateMachineArn();
      for (int i = 0; i < EXECUTIONS; i++) {
        String input = "{\"who\":\"w" + i + "\"}";
        arns.add(sfn.startExecution(r -> r.stateMachineArn(machine).input(input)).executionArn());
      }
    }
    first.destroyForcibly();
    assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();

    try (SfnClient sfn = client(startServer())) {
      for (int i = 0; i < EXECUTIONS; i++) {
        DescribeExecutionResponse described = awaitEnd(sfn, arns.get(i));
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.output()).isEqualTo("{\"greeting\":\"Hello, w" + i + "!\"}");
        checkHistory(
            sfn.getExecutionHistory(r -> r.executionArn(described.executionArn())).events());
      }
    }
  }

  private static void checkHistory(List<HistoryEvent> events) {
    assertThat(events).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    Map<String, Long> entered =
        events.stream()
            .filter(e -> e.stateEnteredEventDetails() != null)
            .collect(
                Collectors.groupingBy(
                    e -> e.stateEnteredEventDetails().name(), Collectors.counting()));
    assertThat(entered)
        .containsOnly(Map.entry("Greet", 1L), Map.entry("Pause", 1L), Map.entry("Done", 1L));
    Function<String, HistoryEvent> byType =
        type ->
            events.stream().filter(e -> e.typeAsString().equals(type)).findFirst().orElseThrow();
    Duration waited =
        Duration.between(
            byType.apply("WaitStateEntered").timestamp(),
            byType.apply("WaitStateExited").timestamp());
    assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }

  private static DescribeExecutionResponse awaitEnd(SfnClient sfn, String arn) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(arn));
    while (described.status() == ExecutionStatus.RUNNING && System.nanoTime() < deadline) {
      Thread.sleep(50);
      described = sfn.describeExecution(r -> r.executionArn(arn));
    }
    return described;
  }

  private Process startServer() throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ServerProcess.class.getName(),
                directory.toString())
            .redirectError(directory.resolve("server-" + processes.size() + ".log").toFile())
            .start();
    processes.add(process);
    return process;
  }

  private static SfnClient client(Process server) throws IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null && !line.startsWith("endpoint ")) {
      // Other output of the server (none is expected) comes before its endpoint.
    }
    assertThat(line).as("the server's endpoint (its log is in the test directory)").isNotNull();
    return SdkClients.client(URI.create(line.substring("endpoint ".length())), "AKID", "secret");
  }
}
