package io.stepwise.server;

import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.server.console.Console;
import io.stepwise.server.lambda.LambdaApi;
import io.stepwise.service.StepFunctionsApi;
import io.stepwise.store.Store;
import io.stepwise.store.sqlite.SqliteStore;
import io.stepwise.tasks.aws.AwsCredentials;
import io.stepwise.tasks.functions.LocalFunctions;
import io.stepwise.tasks.http.HttpInvokeIntegration;
import io.stepwise.tasks.services.ServiceClient;
import io.stepwise.tasks.services.ServiceTasks;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * One Stepwise node on its embedded default: the SQLite store of a data directory, the local Lambda
 * functions, the durable runtime that runs Standard executions, and the HTTP server that answers
 * Step Functions and Lambda and serves the web console on one port.
 *
 * <p>The parts open in the order their dependencies need: the store, then the functions (which
 * register their task resources), then the runtime, which recovers the executions left RUNNING and
 * may invoke those functions at once, then the server. {@link #close} stops them in reverse order.
 */
public final class StepwiseNode implements AutoCloseable {
  private final Store store;
  private final LambdaApi lambda;
  private final Console console;
  private final DurableRuntime runtime;
  private final StepwiseServer server;

  private StepwiseNode(
      Store store,
      LambdaApi lambda,
      Console console,
      DurableRuntime runtime,
      StepwiseServer server) {
    this.store = store;
    this.lambda = lambda;
    this.console = console;
    this.runtime = runtime;
    this.server = server;
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
    ServiceTasks.register(
        tasks,
        new ServiceClient(
            config.serviceEndpoints(),
            AwsCredentials.fromEnvironment(System.getenv()),
            Clock.systemUTC()),
        config.defaultRegion());
    DurableRuntime runtime = DurableRuntime.open(store, tasks, clock);
    Console console = new Console(store);
    StepwiseServer server =
        StepwiseServer.start(
            config,
            StepFunctionsApi.build(store, runtime, Clock.systemUTC()),
            Clock.systemUTC(),
            List.of(lambda, console));
    StepwiseNode node = new StepwiseNode(store, lambda, console, runtime, server);
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
   * runtime, the functions and the store.
   */
  @Override
  public void close() {
    console.close();
    server.stop();
    runtime.close();
    lambda.close();
    store.close();
  }
}
