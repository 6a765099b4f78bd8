package io.stepwise.server;

import io.stepwise.server.auth.AccessKeys;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link StepwiseServer} runs: where it listens, the account and default region of its
 * resources, the access keys that must sign requests (none: every request is accepted), and the
 * largest request body it reads.
 *
 * @param port 0 picks a free port (tests)
 */
public record ServerConfig(
    String host,
    int port,
    String accountId,
    String defaultRegion,
    Optional<AccessKeys> accessKeys,
    int maxBodyBytes) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8083;
  public static final String DEFAULT_ACCOUNT = "123456789012";
  public static final String DEFAULT_REGION = "us-east-1";

  /**
   * Bodies are capped well above the API's own limits (1 MiB definitions, 256 KiB payloads, both
   * possibly doubled by JSON escaping) so that no request is refused here that AWS would accept.
   */
  public static final int DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

  public static ServerConfig defaults() {
    return new ServerConfig(
        DEFAULT_HOST,
        DEFAULT_PORT,
        DEFAULT_ACCOUNT,
        DEFAULT_REGION,
        Optional.empty(),
        DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * The defaults overridden by the environment, as AWS's local runner read it: {@code
   * AWS_ACCOUNT_ID}, {@code AWS_DEFAULT_REGION}, and {@code STEPWISE_CREDENTIALS} ({@code
   * KEY:SECRET} pairs separated by commas or new lines).
   */
  public static ServerConfig fromEnvironment(Map<String, String> environment) {
    ServerConfig defaults = defaults();
    return new ServerConfig(
        defaults.host(),
        defaults.port(),
        nonBlank(environment.get("AWS_ACCOUNT_ID")).orElse(DEFAULT_ACCOUNT),
        nonBlank(environment.get("AWS_DEFAULT_REGION")).orElse(DEFAULT_REGION),
        nonBlank(environment.get("STEPWISE_CREDENTIALS")).map(AccessKeys::parse),
        defaults.maxBodyBytes());
  }

  public ServerConfig withAddress(String newHost, int newPort) {
    return new ServerConfig(newHost, newPort, accountId, defaultRegion, accessKeys, maxBodyBytes);
  }

  public ServerConfig withAccessKeys(AccessKeys keys) {
    return new ServerConfig(host, port, accountId, defaultRegion, Optional.of(keys), maxBodyBytes);
  }

  public ServerConfig withMaxBodyBytes(int limit) {
    return new ServerConfig(host, port, accountId, defaultRegion, accessKeys, limit);
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(String::strip);
  }
}
