package io.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.StepwiseNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;

/**
 * Runs a case as a user of the AWS SDK would against a Stepwise server: CreateStateMachine of the
 * case's type, StartExecution (or StartSyncExecution, as AWS was called), DescribeExecution until
 * the execution ends, and GetExecutionHistory. The server is a node on its embedded default (SQLite
 * in a temporary directory) whose clock skips waits, so a Wait of a day takes no time.
 *
 * <p>Every case starts at the instant its time-relative inputs were written, as in-process: a node
 * serves cases while its clock stands there, and once a case's Wait or back-off has moved it, the
 * next case gets a new node.
 *
 * <p>A case recorded while AWS still ran it (see {@link RecordedCase#nonTerminal}) is looked at
 * once its history has stood still, with the execution running, for {@link #SETTLE_MS}: an
 * execution that AWS left stuck stays stuck here too.
 *
 * <p>A case that AWS recorded as stopped (its history ends with ExecutionAborted) is stopped with
 * StopExecution once its history has reached the events recorded before the stop, as the recording
 * test did.
 */
final class ApiRoute implements CaseRoute {
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";
  private static final String ABORTED_EVENT = "ExecutionAborted";

  private static final long SETTLE_MS = 1000;

  private final ObjectMapper json = new ObjectMapper();
  private Server server = Server.open(true);
  private int cases;

  /** A node with its own data directory and clock, and a client of it. */
  private record Server(Path data, VirtualClock clock, StepwiseNode node, SfnClient client)
      implements AutoCloseable {

    static Server open(boolean skippingWaits) {
      Path data;
      try {
        data = Files.createTempDirectory("stepwise-conformance-api");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      VirtualClock clock =
          skippingWaits
              ? VirtualClock.skippingWaits(CORPUS_INPUTS_WRITTEN)
              : new VirtualClock(CORPUS_INPUTS_WRITTEN);
      StepwiseNode node =
          StepwiseNode.start(
              ServerConfig.defaults().withAddress(ServerConfig.DEFAULT_HOST, 0), data, clock);
      return new Server(data, clock, node, sdkClient(node.endpoint()));
    }

    @Override
    public void close() {
      client.close();
      node.close();
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException("Expected to delete the server's data at " + data, e);
      }
    }
  }

  /**
   * Retries are off so that each case sees the server's first answer; the {@code sync-} host prefix
   * is off so that StartSyncExecution reaches the loopback address as it is.
   */
  static SfnClient sdkClient(URI endpoint) {
    return SfnClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .overrideConfiguration(
            c ->
                c.retryStrategy(AwsRetryStrategy.doNotRetry())
                    .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }

  @Override
  public String description() {
    return "the server's Step Functions API (the AWS SDK for Java v2 against a node on SQLite,"
        + " whose clock skips waits)";
  }

  @Override
  public ActualExecution run(RecordedCase recorded) throws Exception {
    boolean skippingWaits = !stoppedByRecorder(recorded);
    if (server.clock().millis() != CORPUS_INPUTS_WRITTEN
        || server.clock().skipsWaits() != skippingWaits) {
      server.close();
      server = Server.open(skippingWaits);
    }
    SfnClient client = server.client();
    String machineArn;
    try {
      machineArn =
          client
              .createStateMachine(
                  b ->
                      b.name("ConformanceCase" + ++cases)
                          .definition(recorded.definition().toString())
                          .roleArn(ROLE)
                          .type(recorded.stateMachineType()))
              .stateMachineArn();
    } catch (SfnException refused) {
      return ActualExecution.notRun("definition refused: " + refused.getMessage());
    }
    try {
      return "start_sync_execution".equals(recorded.executionApi())
          ? runSync(machineArn, recorded)
          : runAsync(machineArn, recorded);
    } finally {
      client.deleteStateMachine(b -> b.stateMachineArn(machineArn));
    }
  }

  /** An Express execution: its answer is all there is, AWS keeps no history of it. */
  private ActualExecution runSync(String machineArn, RecordedCase recorded) throws IOException {
    StartSyncExecutionResponse ended =
        server
            .client()
            .startSyncExecution(b -> b.stateMachineArn(machineArn).input(recorded.input()));
    return new ActualExecution(
        ended.statusAsString(), parse(ended.output()), ended.error(), ended.cause(), List.of());
  }

  private ActualExecution runAsync(String machineArn, RecordedCase recorded) throws Exception {
    String arn =
        server
            .client()
            .startExecution(b -> b.stateMachineArn(machineArn).input(recorded.input()))
            .executionArn();
    if (stoppedByRecorder(recorded)) {
      List<String> recordedTypes = recorded.expectedHistoryTypes();
      stopAt(arn, recordedTypes.subList(0, recordedTypes.size() - 1));
    }
    DescribeExecutionResponse ended = recorded.nonTerminal() ? awaitSettled(arn) : awaitEnd(arn);
    return new ActualExecution(
        ended.statusAsString(),
        parse(ended.output()),
        ended.error(),
        ended.cause(),
        historyTypes(arn));
  }

  private static boolean stoppedByRecorder(RecordedCase recorded) {
    List<String> types = recorded.expectedHistoryTypes();
    return types != null && ABORTED_EVENT.equals(types.getLast());
  }

  /** Sends StopExecution once the execution's history reads {@code before}, or it has ended. */
  private void stopAt(String arn, List<String> before) throws InterruptedException {
    while (!historyTypes(arn).equals(before) && isRunning(arn)) {
      Thread.sleep(1);
    }
    server.client().stopExecution(b -> b.executionArn(arn));
  }

  private DescribeExecutionResponse awaitEnd(String arn) throws InterruptedException {
    DescribeExecutionResponse described;
    while ((described = describe(arn)).status() == ExecutionStatus.RUNNING) {
      Thread.sleep(1);
    }
    return described;
  }

  /** The execution once it has ended, or once it has run for a while without a new event. */
  private DescribeExecutionResponse awaitSettled(String arn) throws InterruptedException {
    List<String> seen = historyTypes(arn);
    long quietSince = System.nanoTime();
    DescribeExecutionResponse described;
    while ((described = describe(arn)).status() == ExecutionStatus.RUNNING
        && System.nanoTime() - quietSince < SETTLE_MS * 1_000_000) {
      Thread.sleep(10);
      List<String> now = historyTypes(arn);
      if (!now.equals(seen)) {
        seen = now;
        quietSince = System.nanoTime();
      }
    }
    return described;
  }

  private DescribeExecutionResponse describe(String arn) {
    return server.client().describeExecution(b -> b.executionArn(arn));
  }

  private boolean isRunning(String arn) {
    return describe(arn).status() == ExecutionStatus.RUNNING;
  }

  private List<String> historyTypes(String arn) {
    return server
        .client()
        .getExecutionHistoryPaginator(b -> b.executionArn(arn).maxResults(1000))
        .events()
        .stream()
        .map(HistoryEvent::typeAsString)
        .toList();
  }

  private JsonNode parse(String text) throws IOException {
    return text == null ? null : json.readTree(text);
  }

  @Override
  public void close() {
    server.close();
  }
}
