package io.stepwise.server;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
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
    return SfnClient.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)))
        .overrideConfiguration(
            c ->
                c.retryStrategy(AwsRetryStrategy.doNotRetry())
                    .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }

  /** The Lambda client of the SDK, pointed at a test server like {@link #client}. */
  public static LambdaClient lambda(URI endpoint, String accessKeyId, String secret) {
    return LambdaClient.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)))
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
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
