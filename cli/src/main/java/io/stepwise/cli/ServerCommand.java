package io.stepwise.cli;

import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.runtime.mocks.MockConfigParser;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.StepwiseNode;
import io.stepwise.server.auth.AccessKeys;
import io.stepwise.tasks.http.HttpTaskSettings;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise server}: serves the Step Functions API (AWS JSON 1.0) and the Lambda API for the
 * AWS CLI and SDKs, with its resources stored under the data directory (see {@link StepwiseNode}).
 * It runs until SIGTERM or Ctrl-C, then stops the server (letting requests in flight finish) and
 * closes the store.
 */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the AWS Step Functions and Lambda APIs, e.g. for `aws stepfunctions --endpoint-url URL`.",
      "Prints the endpoint URL, then runs until SIGTERM or Ctrl-C.",
      "The account and default region come from AWS_ACCOUNT_ID and AWS_DEFAULT_REGION"
          + " (defaults 123456789012 and us-east-1)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped by SIGTERM or Ctrl-C",
      "2:the server could not start (port in use, bad credentials file, unusable data directory)",
      ExitCodes.LIST_UNREADABLE
    })
final class ServerCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8083",
      description = "The port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default ${DEFAULT-VALUE}).")
  private String bind;

  @Option(
      names = "--data",
      defaultValue = ".stepwise",
      paramLabel = "DIR",
      description = "Where the SQLite database lives (default ./${DEFAULT-VALUE}).")
  private Path data;

  @Option(
      names = "--credentials",
      paramLabel = "FILE",
      description = {
        "ACCESS_KEY_ID:SECRET lines; when given, every request must be signed with one of them.",
        "Without it (and without STEPWISE_CREDENTIALS) any well-formed request is accepted."
      })
  private Path credentials;

  @Option(
      names = "--lambda-endpoint",
      paramLabel = "URL",
      description = {
        "Send every Lambda task to this Lambda-compatible endpoint instead of running it here.",
        "Default: the LAMBDA_ENDPOINT environment variable, else the local functions."
      })
  private String lambdaEndpoint;

  @Option(
      names = "--http-tasks",
      paramLabel = "FILE",
      description = {
        "The connections and allowed hosts of HTTP tasks (arn:aws:states:::http:invoke), as JSON.",
        "Without it every HTTP task fails with States.Permissions: no host is allowed."
      })
  private Path httpTasks;

  @Option(
      names = "--aws-endpoint",
      paramLabel = "SERVICE=URL",
      description = {
        "Send tasks' calls to an AWS service (sqs, sns, dynamodb, eventbridge, sfn, kms, ...)",
        "to this endpoint; repeatable. Default: AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL."
      })
  private Map<String, String> awsEndpoints = new LinkedHashMap<>();

  @Option(
      names = "--mock-config",
      paramLabel = "FILE",
      description = {
        "A mock configuration file (Step Functions Local's MockConfigFile.json format): an",
        "execution started on <stateMachineArn>#<TestCase> answers its mocked Task states from it.",
        "Default: the SFN_MOCK_CONFIG environment variable."
      })
  private Path mockConfig;

  @Option(
      names = "--s3-bucket-folder",
      paramLabel = "BUCKET=DIR",
      description = {
        "Keep the objects of this bucket in this local folder, for distributed Map states'",
        "ItemReader and ResultWriter; repeatable. A bucket with no folder fails the Map state."
      })
  private Map<String, Path> bucketFolders = new LinkedHashMap<>();

  @Option(
      names = "--skip-waits",
      description = {
        "Run executions on a virtual clock that jumps to the next Wait, retry or timeout as soon",
        "as nothing else is in progress, so that waiting workflows finish at once (for tests)."
      })
  private boolean skipWaits;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config;
    try {
      config = ServerConfig.fromEnvironment(System.getenv()).withAddress(bind, port);
      if (lambdaEndpoint != null) {
        config = config.withLambdaEndpoint(ServerConfig.endpoint(lambdaEndpoint));
      }
      for (Map.Entry<String, String> service : awsEndpoints.entrySet()) {
        config =
            config.withServiceEndpoints(
                config
                    .serviceEndpoints()
                    .with(service.getKey(), ServerConfig.endpoint(service.getValue())));
      }
      for (Map.Entry<String, Path> bucket : bucketFolders.entrySet()) {
        config = config.withBucketFolder(bucket.getKey(), bucket.getValue());
      }
      if (httpTasks != null) {
        config = config.withHttpTasks(HttpTaskSettings.read(httpTasks));
      }
      if (mockConfig != null) {
        config = config.withMocks(MockConfigParser.load(mockConfig));
      }
    } catch (UncheckedIOException unreadable) {
      return fail(
          unreadable.getMessage() + ": " + unreadable.getCause().getMessage(),
          ExitCodes.UNREADABLE);
    } catch (IllegalArgumentException malformed) {
      return fail("bad configuration: " + malformed.getMessage(), ExitCodes.NOT_STARTED);
    }
    if (credentials != null) {
      switch (FileText.read(credentials)) {
        case FileText.Unreadable unreadable -> {
          return fail(unreadable.message(), ExitCodes.UNREADABLE);
        }
        case FileText.Read read -> {
          Optional<AccessKeys> keys = accessKeys(read.text());
          if (keys.isEmpty()) {
            return ExitCodes.NOT_STARTED;
          }
          config = config.withAccessKeys(keys.get());
        }
      }
    }
    return serve(config);
  }

  private int serve(ServerConfig config) throws InterruptedException {
    Optional<StepwiseNode> node = start(config);
    if (node.isEmpty()) {
      return ExitCodes.NOT_STARTED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  node.get().close();
                  stopped.countDown();
                },
                "stepwise-shutdown"));
    spec.commandLine().getOut().println("Stepwise API listening on " + node.get().endpoint());
    spec.commandLine().getOut().flush();
    stopped.await();
    return ExitCodes.SUCCESS;
  }

  /** The access keys of the credentials file, or nothing after saying what is wrong with it. */
  private Optional<AccessKeys> accessKeys(String text) {
    try {
      return Optional.of(AccessKeys.parse(text));
    } catch (IllegalArgumentException malformed) {
      report("bad credentials file " + credentials + ": " + malformed.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The running node, or nothing after saying why it could not start. Opening the data directory is
   * the boundary with the file system, where a failure (an unwritable directory, a database of a
   * newer schema) is reported, not thrown; a port in use leaves the node stopped.
   */
  private Optional<StepwiseNode> start(ServerConfig config) {
    StepwiseNode node;
    try {
      node = StepwiseNode.start(config, data, clock());
    } catch (RuntimeException unusable) {
      report("cannot open the data directory " + data + ": " + unusable.getMessage());
      return Optional.empty();
    }
    if (node.isRunning()) {
      return Optional.of(node);
    }
    report("cannot listen on " + config.host() + ":" + config.port() + " (is the port in use?)");
    return Optional.empty();
  }

  private RuntimeClock clock() {
    return skipWaits
        ? VirtualClock.skippingWaits(System.currentTimeMillis())
        : RuntimeClock.system();
  }

  private int fail(String message, int exitCode) {
    report(message);
    return exitCode;
  }

  private void report(String message) {
    spec.commandLine().getErr().println("stepwise: " + message);
  }
}
