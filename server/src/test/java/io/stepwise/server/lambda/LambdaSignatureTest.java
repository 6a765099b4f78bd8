package io.stepwise.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.runtime.TaskRegistry;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.StepwiseServer;
import io.stepwise.server.Zips;
import io.stepwise.server.auth.AccessKeys;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.tasks.aws.AwsCredentials;
import io.stepwise.tasks.functions.InvocationResult;
import io.stepwise.tasks.lambda.RemoteFunctions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * A server that requires signatures accepts Lambda requests signed for the lambda service: those of
 * the AWS SDK, and those of Stepwise's own {@link RemoteFunctions}, which a Stepwise with {@code
 * LAMBDA_ENDPOINT} sends to a real Lambda endpoint.
 */
class LambdaSignatureTest {
  @TempDir Path data;
  private StepwiseServer server;
  private LambdaApi lambdaApi;

  @BeforeEach
  void start() {
    ServerConfig config =
        ServerConfig.defaults()
            .withAddress("127.0.0.1", 0)
            .withAccessKeys(AccessKeys.parse("AKIDGOOD:good-secret"));
    lambdaApi = LambdaApi.open(data, config, new TaskRegistry());
    server =
        StepwiseServer.start(
            config, OperationRegistry.builder().build(), Clock.systemUTC(), List.of(lambdaApi));
  }

  @AfterEach
  void stop() {
    server.stop();
    lambdaApi.close();
  }

  private LambdaClient client(String secret) {
    return LambdaClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.EU_WEST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDGOOD", secret)))
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  @Test
  void acceptsRequestsSignedForLambda() {
    try (LambdaClient lambda = client("good-secret")) {
      assertThat(lambda.listFunctions().functions()).isEmpty();
    }
  }

  @Test
  void refusesAWrongSignatureWithForbidden() {
    try (LambdaClient lambda = client("bad-secret")) {
      assertThatThrownBy(lambda::listFunctions)
          .isInstanceOfSatisfying(
              AwsServiceException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
              });
    }
  }

  @Test
  void acceptsTheSignedInvocationsOfRemoteFunctions() throws Exception {
    try (LambdaClient lambda = client("good-secret")) {
      lambda.createFunction(
          r ->
              r.functionName("Echo")
                  .runtime(Runtime.PYTHON3_12)
                  .handler("app.handler")
                  .role("arn:aws:iam::123456789012:role/lambda-role")
                  .code(
                      c ->
                          c.zipFile(
                              Zips.of(
                                  "app.py", "def handler(event, context):\n    return event\n"))));
    }
    String arn = "arn:aws:lambda:eu-west-1:123456789012:function:Echo";

    InvocationResult signed =
        remote("good-secret")
            .invoke(arn, "{\"a\":1}")
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
    InvocationResult byName =
        remote("good-secret").invoke("Echo", "{}").toCompletableFuture().get(30, TimeUnit.SECONDS);
    InvocationResult forged =
        remote("bad-secret").invoke(arn, "{}").toCompletableFuture().get(30, TimeUnit.SECONDS);

    assertThat(signed)
        .isInstanceOfSatisfying(
            InvocationResult.Returned.class, r -> assertThat(r.payload()).isEqualTo("{\"a\":1}"));
    assertThat(byName).isInstanceOf(InvocationResult.Returned.class);
    assertThat(forged)
        .isInstanceOfSatisfying(
            InvocationResult.Rejected.class,
            r -> {
              assertThat(r.statusCode()).isEqualTo(403);
              assertThat(r.errorCode()).isEqualTo("InvalidSignatureException");
            });
  }

  private RemoteFunctions remote(String secret) {
    return new RemoteFunctions(
        server.endpoint(), Optional.of(new AwsCredentials("AKIDGOOD", secret, null)), "eu-west-1");
  }
}
