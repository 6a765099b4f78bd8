package io.stepwise.server.lambda;

import io.helidon.webserver.http.Handler;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.server.RestApi;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.auth.Authenticator;
import io.stepwise.service.lambda.FunctionStore;
import io.stepwise.service.lambda.LambdaFunctions;
import io.stepwise.service.lambda.LambdaInvocations;
import io.stepwise.tasks.aws.AwsCredentials;
import io.stepwise.tasks.functions.LocalFunctions;
import io.stepwise.tasks.functions.LocalFunctionsOptions;
import io.stepwise.tasks.lambda.LambdaTasks;
import io.stepwise.tasks.lambda.RemoteFunctions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The Lambda API (2015-03-31) served beside Step Functions: functions stored under {@code
 * <data>/functions}, run on this machine by {@link LocalFunctions}, and registered as task
 * resources ({@code arn:aws:states:::lambda:invoke} and each function's ARN) in the task registry
 * of the state machines' runtime.
 *
 * <p>Pass it to {@code StepwiseServer.start(config, operations, clock, List.of(lambdaApi))}; close
 * it after the server has stopped, which kills the functions' worker processes.
 */
public final class LambdaApi implements RestApi, AutoCloseable {
  /** The concurrency limit of functions without reserved concurrency: AWS's default quota. */
  private static final int ACCOUNT_CONCURRENCY = 1000;

  private static final Duration INIT_TIMEOUT = Duration.ofSeconds(10);

  private final ServerConfig config;
  private final LocalFunctions localFunctions;
  private final LambdaFunctions functions;
  private final LambdaInvocations invocations;

  private LambdaApi(
      ServerConfig config,
      LocalFunctions localFunctions,
      LambdaFunctions functions,
      LambdaInvocations invocations) {
    this.config = config;
    this.localFunctions = localFunctions;
    this.functions = functions;
    this.invocations = invocations;
  }

  /**
   * Opens the functions stored under {@code dataDirectory} and registers the Lambda task resources
   * into {@code tasks}: the {@code lambda:invoke} integration and every function ARN, run by the
   * local functions or, with {@link ServerConfig#lambdaEndpoint}, sent to that endpoint. Python and
   * Node.js are looked for in {@code PATH}.
   */
  public static LambdaApi open(Path dataDirectory, ServerConfig config, TaskRegistry tasks) {
    FunctionStore store = FunctionStore.open(dataDirectory.resolve("functions"));
    LocalFunctionsOptions options =
        new LocalFunctionsOptions(
            config.defaultRegion(),
            config.accountId(),
            dataDirectory.resolve("lambda-runtime"),
            ACCOUNT_CONCURRENCY,
            INIT_TIMEOUT,
            System.getenv().getOrDefault("PATH", ""));
    LocalFunctions localFunctions = new LocalFunctions(store, options);
    if (config.lambdaEndpoint().isPresent()) {
      // Every Lambda task goes to the endpoint; the local functions only answer the Lambda API.
      LambdaTasks.registerRemote(
          tasks,
          new RemoteFunctions(
              config.lambdaEndpoint().get(),
              AwsCredentials.fromEnvironment(System.getenv()),
              config.defaultRegion()));
    } else {
      LambdaTasks.register(tasks, localFunctions);
    }
    LambdaFunctions functions = new LambdaFunctions(store, localFunctions, Clock.systemUTC());
    return new LambdaApi(
        config, localFunctions, functions, new LambdaInvocations(store, localFunctions));
  }

  /** The functions as the task invokers see them, e.g. for a test's direct invocation. */
  public LocalFunctions localFunctions() {
    return localFunctions;
  }

  @Override
  public List<String> pathPatterns() {
    return List.of("/2015-03-31/*", "/2017-10-31/*", "/2019-09-30/*");
  }

  @Override
  public Handler handler(Authenticator authenticator, int maxBodyBytes) {
    return new LambdaHttpHandler(
        functions,
        invocations,
        authenticator.forService("lambda"),
        maxBodyBytes,
        config.accountId(),
        config.defaultRegion());
  }

  @Override
  public void close() {
    localFunctions.close();
  }
}
