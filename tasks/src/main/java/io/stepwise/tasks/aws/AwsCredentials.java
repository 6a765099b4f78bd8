package io.stepwise.tasks.aws;

import java.util.Map;
import java.util.Optional;

/**
 * The credentials that sign Stepwise's own calls to AWS services: an access key pair and, for
 * temporary credentials, a session token.
 *
 * @param sessionToken {@code null} for long-term keys
 */
public record AwsCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {

  /**
   * The credentials of AWS's usual environment variables ({@code AWS_ACCESS_KEY_ID}, {@code
   * AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}), or empty when the key pair is not set.
   */
  public static Optional<AwsCredentials> fromEnvironment(Map<String, String> environment) {
    String id = environment.get("AWS_ACCESS_KEY_ID");
    String secret = environment.get("AWS_SECRET_ACCESS_KEY");
    if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    String token = environment.get("AWS_SESSION_TOKEN");
    return Optional.of(
        new AwsCredentials(id.strip(), secret.strip(), token == null ? null : token.strip()));
  }

  /** The secret stays out of logs and error messages. */
  @Override
  public String toString() {
    return "AwsCredentials[accessKeyId=" + accessKeyId + "]";
  }
}
