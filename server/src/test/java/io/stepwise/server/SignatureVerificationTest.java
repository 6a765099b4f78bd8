package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.server.auth.AccessKeys;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnException;

/** The server with configured credentials: every request must carry a valid Signature V4. */
class SignatureVerificationTest {

  private static final String KEY_ID = "AKIDSTEPWISE";
  private static final String SECRET = "s3cr3t/Key+Example";
  private static final String LIST_BODY = "{\"maxResults\": 10}";
  private static StepwiseServer server;

  @BeforeAll
  static void start() {
    ServerConfig config =
        ServerConfig.defaults()
            .withAddress("127.0.0.1", 0)
            .withAccessKeys(AccessKeys.parse("AKIDOTHER:other\n" + KEY_ID + ":" + SECRET));
    server = StepwiseServer.start(config, TestOperations.registry());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void acceptsARequestSignedWithAConfiguredKey() {
    try (SfnClient sfn = SdkClients.client(server.endpoint(), KEY_ID, SECRET)) {
      assertThat(sfn.listStateMachines(r -> {}).stateMachines().get(0).stateMachineArn())
          .isEqualTo("arn:aws:states:eu-west-1:123456789012:stateMachine:" + KEY_ID);
    }
  }

  @Test
  void refusesAnUnknownKey() {
    try (SfnClient sfn = SdkClients.client(server.endpoint(), "AKIDUNKNOWN", SECRET)) {
      assertThatThrownBy(() -> sfn.listStateMachines(r -> {}))
          .isInstanceOfSatisfying(
              SfnException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("UnrecognizedClientException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The security token included in the request is invalid.");
              });
    }
  }

  @Test
  void refusesAWrongSecret() {
    try (SfnClient sfn = SdkClients.client(server.endpoint(), KEY_ID, "not-the-secret")) {
      assertThatThrownBy(() -> sfn.listStateMachines(r -> {}))
          .isInstanceOfSatisfying(
              SfnException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .startsWith(
                        "The request signature we calculated does not match the signature you"
                            + " provided.")
                    .doesNotContain(SECRET);
              });
    }
  }

  @Test
  void refusesAnUnsignedRequest() throws IOException {
    RawHttp.Response response =
        RawHttp.call(server.port(), "AWSStepFunctions.ListStateMachines", LIST_BODY);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("__type").asText())
        .isEqualTo("MissingAuthenticationTokenException");
    assertThat(response.json().path("message").asText())
        .isEqualTo("Request is missing Authentication Token");
  }

  @Test
  void refusesASignedRequestWhoseBodyWasChanged() throws IOException {
    Map<String, List<String>> headers = sign(LIST_BODY, Clock.systemUTC());
    assertThat(RawHttp.post(server.port(), headers, LIST_BODY).status()).isEqualTo(200);

    RawHttp.Response tampered = RawHttp.post(server.port(), headers, "{\"maxResults\": 99}");
    assertThat(tampered.status()).isEqualTo(400);
    assertThat(tampered.json().path("__type").asText()).isEqualTo("InvalidSignatureException");
  }

  @Test
  void refusesARequestDatedMoreThanFiveMinutesAway() throws IOException {
    Clock tenMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));
    RawHttp.Response stale = RawHttp.post(server.port(), sign(LIST_BODY, tenMinutesAgo), LIST_BODY);
    assertThat(stale.json().path("__type").asText()).isEqualTo("InvalidSignatureException");
    assertThat(stale.json().path("message").asText())
        .matches(
            "Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z"
                + " \\(\\d{8}T\\d{6}Z - 5 min\\.\\)");

    Clock tenMinutesAhead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
    RawHttp.Response early =
        RawHttp.post(server.port(), sign(LIST_BODY, tenMinutesAhead), LIST_BODY);
    assertThat(early.json().path("message").asText()).startsWith("Signature not yet current: ");
  }

  /** The headers of a ListStateMachines request signed by the SDK's own signer at {@code clock}. */
  private static Map<String, List<String>> sign(String body, Clock clock) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(URI.create("http://127.0.0.1:" + server.port() + "/"))
            .putHeader("Content-Type", "application/x-amz-json-1.0")
            .putHeader("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
            .build();
    SdkHttpRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(AwsCredentialsIdentity.create(KEY_ID, SECRET))
                        .request(request)
                        .payload(
                            ContentStreamProvider.fromByteArray(
                                body.getBytes(StandardCharsets.UTF_8)))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "states")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
                        .putProperty(HttpSigner.SIGNING_CLOCK, clock))
            .request();
    return signed.headers();
  }
}
