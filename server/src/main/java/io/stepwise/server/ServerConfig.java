package io.stepwise.server;

import io.stepwise.runtime.mocks.MockConfig;
import io.stepwise.runtime.mocks.MockConfigParser;
import io.stepwise.server.auth.AccessKeys;
import io.stepwise.tasks.http.HttpTaskSettings;
import io.stepwise.tasks.services.ServiceEndpoints;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link StepwiseServer} runs: where it listens, the account and default region of its
 * resources, the access keys that must sign requests (none: every request is accepted), the largest
 * request body it reads, and where Lambda tasks go.
 *
 * @param port 0 picks a free port (tests)
 * @param lambdaEndpoint a Lambda-compatible endpoint that runs every Lambda task instead of the
 *     local functions, or empty to run them here
 * @param httpTasks the connections and allowed hosts of HTTP tasks (none by default: every HTTP
 *     task fails until the operator allows a host)
 * @param serviceEndpoints where tasks' calls to other AWS services go (SQS, DynamoDB, ...); a
 *     service with none fails its tasks, naming the setting to use
 * @param mocks the mock configuration whose test cases an execution started on {@code
 *     <stateMachineArn>#<TestCase>} answers its Task states from (empty by default)
 * @param bucketFolders the local folder of each bucket that distributed Map states read their items
 *     from and write their results to; a bucket with none fails the Map state, naming the setting
 *     to use
 */
public record ServerConfig(
    String host,
    int port,
    String accountId,
    String defaultRegion,
    Optional<AccessKeys> accessKeys,
    int maxBodyBytes,
    Optional<URI> lambdaEndpoint,
    HttpTaskSettings httpTasks,
    ServiceEndpoints serviceEndpoints,
    MockConfig mocks,
    Map<String, Path> bucketFolders) {

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
        DEFAULT_MAX_BODY_BYTES,
        Optional.empty(),
        HttpTaskSettings.none(),
        ServiceEndpoints.none(),
        MockConfig.empty(),
        Map.of());
  }

  /**
   * The defaults overridden by the environment, as AWS's local runner read it: {@code
   * AWS_ACCOUNT_ID}, {@code AWS_DEFAULT_REGION}, {@code LAMBDA_ENDPOINT}, the SDKs' {@code
   * AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_<SERVICE>}, {@code STEPWISE_CREDENTIALS} ({@code
   * KEY:SECRET} pairs separated by commas or new lines), and {@code SFN_MOCK_CONFIG} (the path of a
   * mock configuration file, as Step Functions Local reads it).
   *
   * @throws IllegalArgumentException when {@code LAMBDA_ENDPOINT} is not an http(s) URL or the mock
   *     configuration is not valid
   * @throws java.io.UncheckedIOException when the mock configuration cannot be read
   */
  public static ServerConfig fromEnvironment(Map<String, String> environment) {
    ServerConfig defaults = defaults();
    return new ServerConfig(
        defaults.host(),
        defaults.port(),
        nonBlank(environment.get("AWS_ACCOUNT_ID")).orElse(DEFAULT_ACCOUNT),
        nonBlank(environment.get("AWS_DEFAULT_REGION")).orElse(DEFAULT_REGION),
        nonBlank(environment.get("STEPWISE_CREDENTIALS")).map(AccessKeys::parse),
        defaults.maxBodyBytes(),
        nonBlank(environment.get("LAMBDA_ENDPOINT")).map(ServerConfig::endpoint),
        defaults.httpTasks(),
        ServiceEndpoints.fromEnvironment(environment),
        nonBlank(environment.get("SFN_MOCK_CONFIG"))
            .map(path -> MockConfigParser.load(Path.of(path)))
            .orElse(defaults.mocks()),
        defaults.bucketFolders());
  }

  /**
   * {@code url} as an endpoint.
   *
   * @throws IllegalArgumentException when it is not an absolute http or https URL
   */
  public static URI endpoint(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Expected an http(s) URL, but got '" + url + "'", e);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
        || uri.getHost() == null) {
      throw new IllegalArgumentException("Expected an http(s) URL, but got '" + url + "'");
    }
    return uri;
  }

  public ServerConfig withAddress(String newHost, int newPort) {
    return toBuilder().host(newHost).port(newPort).build();
  }

  public ServerConfig withAccessKeys(AccessKeys keys) {
    return toBuilder().accessKeys(Optional.of(keys)).build();
  }

  public ServerConfig withMaxBodyBytes(int limit) {
    return toBuilder().maxBodyBytes(limit).build();
  }

  public ServerConfig withLambdaEndpoint(URI endpoint) {
    return toBuilder().lambdaEndpoint(Optional.of(endpoint)).build();
  }

  public ServerConfig withHttpTasks(HttpTaskSettings settings) {
    return toBuilder().httpTasks(settings).build();
  }

  public ServerConfig withServiceEndpoints(ServiceEndpoints endpoints) {
    return toBuilder().serviceEndpoints(endpoints).build();
  }

  public ServerConfig withMocks(MockConfig newMocks) {
    return toBuilder().mocks(newMocks).build();
  }

  /** This configuration with {@code folder} as the local folder of {@code bucket}. */
  public ServerConfig withBucketFolder(String bucket, Path folder) {
    Map<String, Path> folders = new LinkedHashMap<>(bucketFolders);
    folders.put(bucket, folder);
    return toBuilder().bucketFolders(Map.copyOf(folders)).build();
  }

  private Builder toBuilder() {
    return new Builder(this);
  }

  /** A copy of a configuration with some of its fields changed, for the {@code with} methods. */
  private static final class Builder {
    private String host;
    private int port;
    private final String accountId;
    private final String defaultRegion;
    private Optional<AccessKeys> accessKeys;
    private int maxBodyBytes;
    private Optional<URI> lambdaEndpoint;
    private HttpTaskSettings httpTasks;
    private ServiceEndpoints serviceEndpoints;
    private MockConfig mocks;
    private Map<String, Path> bucketFolders;

    Builder(ServerConfig config) {
      host = config.host;
      port = config.port;
      accountId = config.accountId;
      defaultRegion = config.defaultRegion;
      accessKeys = config.accessKeys;
      maxBodyBytes = config.maxBodyBytes;
      lambdaEndpoint = config.lambdaEndpoint;
      httpTasks = config.httpTasks;
      serviceEndpoints = config.serviceEndpoints;
      mocks = config.mocks;
      bucketFolders = config.bucketFolders;
    }

    Builder host(String value) {
      host = value;
      return this;
    }

    Builder port(int value) {
      port = value;
      return this;
    }

    Builder accessKeys(Optional<AccessKeys> value) {
      accessKeys = value;
      return this;
    }

    Builder maxBodyBytes(int value) {
      maxBodyBytes = value;
      return this;
    }

    Builder lambdaEndpoint(Optional<URI> value) {
      lambdaEndpoint = value;
      return this;
    }

    Builder httpTasks(HttpTaskSettings value) {
      httpTasks = value;
      return this;
    }

    Builder serviceEndpoints(ServiceEndpoints value) {
      serviceEndpoints = value;
      return this;
    }

    Builder mocks(MockConfig value) {
      mocks = value;
      return this;
    }

    Builder bucketFolders(Map<String, Path> value) {
      bucketFolders = value;
      return this;
    }

    ServerConfig build() {
      return new ServerConfig(
          host,
          port,
          accountId,
          defaultRegion,
          accessKeys,
          maxBodyBytes,
          lambdaEndpoint,
          httpTasks,
          serviceEndpoints,
          mocks,
          bucketFolders);
    }
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(String::strip);
  }
}
