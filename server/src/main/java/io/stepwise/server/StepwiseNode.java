package io.stepwise.server;

import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.runtime.logs.LogFileWriter;
import io.stepwise.runtime.logs.LogGroupFiles;
import io.stepwise.server.console.Console;
import io.stepwise.server.lambda.LambdaApi;
import io.stepwise.service.StepFunctionsApi;
import io.stepwise.service.executions.ExecutionOperations;
import io.stepwise.store.Store;
import io.stepwise.store.sqlite.SqliteStore;
import io.stepwise.tasks.aws.AwsCredentials;
import io.stepwise.tasks.executions.NestedExecutions;
import io.stepwise.tasks.functions.LocalFunctions;
import io.stepwise.tasks.http.HttpInvokeIntegration;
import io.stepwise.tasks.s3.S3Tasks;
import io.stepwise.tasks.services.ServiceClient;
import io.stepwise.tasks.services.ServiceTasks;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One Stepwise node on its embedded default: the SQLite store of a data directory, the local Lambda
 * functions, the durable runtime that runs Standard executions, and the HTTP server that answers
 * Step Functions and Lambda and serves the web console on one port.
 *
 * <p>The parts open in the order their dependencies need: the store, then the functions (which
 * register their task resources), then the execution logs ({@code <data>/logs}), then the runtime,
 * which recovers the executions left RUNNING and may invoke those functions at once, then the
 * server. {@link #close} stops them in reverse order.
 */
public final class StepwiseNode implements AutoCloseable {
  private final Store store;
  private final LambdaApi lambda;
  private final Console console;
  private final DurableRuntime runtime;
  private final LogFileWriter logs;
  private final StepwiseServer server;

  private StepwiseNode(
      Store store,
      LambdaApi lambda,
      Console console,
      DurableRuntime runtime,
      LogFileWriter logs,
      StepwiseServer server) {
    this.store = store;
    this.lambda = lambda;
    this.console = console;
    this.runtime = runtime;
    this.logs = logs;
    this.server = server;
  }

  /**
   * Starts, on a background thread, the part of {@link #start} that needs no settings: loading
   * SQLite's native library, then setting up Helidon's service registry and configuration. A
   * command line calls it before it parses its arguments, so that on a machine with a free core
   * both run at once (0.07 s less to the first answer, of 0.89 s, measured on 2 cores). Whatever is
   * not done yet when {@link #start} needs it, {@link #start} waits for or does itself, and meets
   * any failure again there, where it is reported: here it is ignored.
   *
   * @return the thread, which ends once the preparation is done
   */
  public static Thread prepareInBackground() {
    return Thread.ofPlatform()
        .name("stepwise-prepare")
        .daemon()
        .start(
            () -> {
              try {
                SqliteStore.loadLibrary();
                StepwiseServer.prepare();
              } catch (RuntimeException reportedByStart) {
                // start() meets the same failure on the main thread and reports it.
              }
            });
  }

  /**
   * Opens the data directory and starts serving; check {@link #isRunning} to learn whether the
   * server could listen (a port in use leaves it stopped, with everything else closed).
   *
   * @throws RuntimeException when the data directory cannot be opened
   */
  public static StepwiseNode start(ServerConfig config, Path dataDirectory) {
    return start(config, dataDirectory, RuntimeClock.system());
  }

  /**
   * Like {@link #start(ServerConfig, Path)}, with the executions on {@code clock}: the system
   * clock, or a {@link io.stepwise.runtime.VirtualClock#skippingWaits} clock, on which every Wait,
   * retry back-off and timeout ends as soon as nothing else is in progress (for test suites).
   */
  public static StepwiseNode start(ServerConfig config, Path dataDirectory, RuntimeClock clock) {
    SqliteStore store = SqliteStore.openDirectory(dataDirectory);
    TaskRegistry tasks = new TaskRegistry();
    LambdaApi lambda = LambdaApi.open(dataDirectory, config, tasks);
    HttpInvokeIntegration.register(tasks, config.httpTasks());
    Optional<AwsCredentials> credentials = AwsCredentials.fromEnvironment(System.getenv());
    ServiceTasks.register(
        tasks,
        new ServiceClient(config.serviceEndpoints(), credentials, Clock.systemUTC()),
        config.defaultRegion());
    S3Tasks.register(
        tasks,
        S3Tasks.buckets(
            config.bucketFolders(),
            config.serviceEndpoints(),
            credentials,
            config.defaultRegion()));
    NestedExecutions nested = NestedExecutions.register(tasks);
    LogFileWriter logs = LogFileWriter.open(LogGroupFiles.directory(dataDirectory));
    DurableRuntime runtime = DurableRuntime.open(store, tasks, clock, config.mocks(), logs);
    nested.bind(ExecutionOperations.children(store, runtime));
    Console console = new Console(store, lambda.localFunctions().logs());
    StepwiseServer server =
        StepwiseServer.start(
            config,
            StepFunctionsApi.build(store, runtime, tasks, Clock.systemUTC()),
            Clock.systemUTC(),
            List.of(lambda, console));
    StepwiseNode node = new StepwiseNode(store, lambda, console, runtime, logs, server);
    if (!server.isRunning()) {
      node.close();
    }
    return node;
  }

  /** Whether the server is listening. */
  public boolean isRunning() {
    return server.isRunning();
  }

  /** The URL clients give as {@code --endpoint-url}. */
  public URI endpoint() {
    return server.endpoint();
  }

  /** The local Lambda functions, whose recent logs a user reads as in CloudWatch. */
  public LocalFunctions localFunctions() {
    return lambda.localFunctions();
  }

  /**
   * Ends the console's live streams, then stops the server (requests in flight finish), the
   * runtime, the execution logs (once what is queued is written), the functions and the store.
   */
  @Override
  public void close() {
    console.close();
    server.stop();
    runtime.close();
    logs.close();
    lambda.close();
    store.close();
  }
}
