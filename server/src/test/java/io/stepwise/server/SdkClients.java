package io.stepwise.server;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** The real AWS SDK client, pointed at a test server, signing with the given key in eu-west-1. */
public final class SdkClients {

  static final Region REGION = Region.EU_WEST_1;

  private SdkClients() {}

  /**
   * Retries are off so that each test sees the server's first answer. The {@code sync-} host prefix
   * is off too: the test machine need not resolve {@code sync-127.0.0.1}; {@link RawHttp} checks
   * such hosts instead.
   */
  public static SfnClient client(URI endpoint, String accessKeyId, String secret) {
    return pointedAt(SfnClient.builder(), endpoint, accessKeyId, secret)
        .overrideConfiguration(
            c ->
                c.retryStrategy(AwsRetryStrategy.doNotRetry())
                    .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }

  /** The Lambda client of the SDK, pointed at a test server like {@link #client}. */
  public static LambdaClient lambda(URI endpoint, String accessKeyId, String secret) {
    return pointedAt(LambdaClient.builder(), endpoint, accessKeyId, secret)
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private static <B extends AwsClientBuilder<B, ?>> B pointedAt(
      B builder, URI endpoint, String accessKeyId, String secret) {
    return builder
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)));
  }

  /**
   * Creates the Python function {@code name}: {@code source} is its {@code app.py}, with a function
   * {@code handler}; {@code environment} its environment variables.
   */
  public static void createPythonFunction(
      LambdaClient lambda, String name, String source, Map<String, String> environment) {
    lambda.createFunction(
        r ->
            r.functionName(name)
                .runtime(Runtime.PYTHON3_12)
                .handler("app.handler")
                .role("arn:aws:iam::123456789012:role/lambda-role")
                .environment(e -> e.variables(environment))
                .code(c -> c.zipFile(Zips.of("app.py", source))));
  }

  /** DescribeExecution's answer once the execution has ended, polled every 10 ms. */
  public static DescribeExecutionResponse awaitEnd(SfnClient sfn, String executionArn)
      throws InterruptedException {
    DescribeExecutionResponse described;
    while ((described = sfn.describeExecution(b -> b.executionArn(executionArn))).status()
        == ExecutionStatus.RUNNING) {
      Thread.sleep(10);
    }
    return described;
  }
}
