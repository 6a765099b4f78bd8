package io.stepwise.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.runtime.TaskRegistry;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.StepwiseServer;
import io.stepwise.server.auth.AccessKeys;
import io.stepwise.service.api.OperationRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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

/** A server that requires signatures accepts Lambda requests signed for the lambda service. */
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
}
