package io.stepwise.tasks.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.tasks.aws.AwsCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class S3BucketsTest {
  private final FakeS3 s3 = new FakeS3();
  private final Buckets buckets =
      new S3Buckets(
          s3.uri(),
          Optional.of(new AwsCredentials(FakeS3.ACCESS_KEY, FakeS3.SECRET, null)),
          "eu-west-1",
          Clock.systemUTC());

  S3BucketsTest() throws Exception {}

  @AfterEach
  void stop() {
    s3.close();
  }

  @Test
  void objectsArePutAndGotSignedAsS3WantsThem() throws Exception {
    buckets.put("data", "in/a b+c.json", "[1]".getBytes(StandardCharsets.UTF_8));

    assertThat(new String(buckets.get("data", "in/a b+c.json"), StandardCharsets.UTF_8))
        .isEqualTo("[1]");
    assertThat(s3.requests)
        .containsExactly("PUT /data/in/a%20b%2Bc.json", "GET /data/in/a%20b%2Bc.json");
    assertThatThrownBy(() -> buckets.get("data", "missing"))
        .hasMessage("The specified key does not exist: s3://data/missing");
  }

  @Test
  void aListingFollowsItsContinuationTokens() throws Exception {
    for (String key : new String[] {"p/1", "p/2", "p/3", "q/4"}) {
      s3.objects.put("data/" + key, key.getBytes(StandardCharsets.UTF_8));
    }

    assertThat(buckets.list("data", "p/"))
        .containsExactly(
            new Buckets.StoredObject(
                "p/1", 3, "\"e\"", Instant.parse("2024-05-01T10:00:00Z").getEpochSecond()),
            new Buckets.StoredObject(
                "p/2", 3, "\"e\"", Instant.parse("2024-05-01T10:00:00Z").getEpochSecond()),
            new Buckets.StoredObject(
                "p/3", 3, "\"e\"", Instant.parse("2024-05-01T10:00:00Z").getEpochSecond()));
    assertThat(s3.requests).hasSize(2);
  }

  @Test
  void aBadSignatureIsTheBucketsRefusal() {
    Buckets wrong =
        new S3Buckets(
            s3.uri(),
            Optional.of(new AwsCredentials(FakeS3.ACCESS_KEY, "other", null)),
            "eu-west-1",
            Clock.systemUTC());

    assertThatThrownBy(() -> wrong.get("data", "k"))
        .hasMessage(
            "Cannot read s3://data/k: S3 answered 403 <Error><Code>SignatureDoesNotMatch</Code></Error>");
  }

  @Test
  void bucketsWithoutAFolderGoToTheS3Endpoint() throws Exception {
    Buckets routed = new LocalFolderBuckets(Map.of(), Optional.of(buckets));

    routed.put("remote", "k", new byte[] {1});

    assertThat(s3.objects).containsKey("remote/k");
  }
}
