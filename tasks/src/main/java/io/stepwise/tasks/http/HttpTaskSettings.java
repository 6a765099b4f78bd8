package io.stepwise.tasks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What HTTP tasks may do here: the connections they authorize with, by name, and the hosts they may
 * reach (as {@code host} or {@code host:port}), so that a state machine cannot call what the
 * operator did not allow. Read from a JSON file:
 *
 * <pre>{@code
 * {"allowedHosts": ["api.example.com", "127.0.0.1:9000"],
 *  "connections": {
 *    "Stripe": {"type": "API_KEY", "headerName": "Authorization", "value": "Bearer sk_test_..."},
 *    "Jira":   {"type": "BASIC", "username": "me", "password": "..."},
 *    "Crm":    {"type": "OAUTH_CLIENT_CREDENTIALS", "tokenEndpoint": "https://...",
 *               "clientId": "...", "clientSecret": "..."}}}
 * }</pre>
 *
 * @param timeout how long a request may take before it fails with States.Http.Socket (60 s on AWS)
 */
public record HttpTaskSettings(
    Map<String, Connection> connections, Set<String> allowedHosts, Duration timeout) {

  public static final Duration AWS_TIMEOUT = Duration.ofSeconds(60);

  public HttpTaskSettings {
    connections = Map.copyOf(connections);
    allowedHosts = Set.copyOf(allowedHosts);
  }

  /** No connection and no host: every HTTP task fails until the operator allows one. */
  public static HttpTaskSettings none() {
    return new HttpTaskSettings(Map.of(), Set.of(), AWS_TIMEOUT);
  }

  /**
   * The settings of a JSON file.
   *
   * @throws IllegalArgumentException when the file is not of the documented form, naming the field
   */
  public static HttpTaskSettings read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to read the HTTP task settings " + file, e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("Expected a JSON object in " + file);
    }
    Set<String> hosts = new HashSet<>();
    for (JsonNode host : root.path("allowedHosts")) {
      hosts.add(host.asText().toLowerCase(java.util.Locale.ROOT));
    }
    Map<String, Connection> connections = new HashMap<>();
    root.path("connections")
        .properties()
        .forEach(
            entry ->
                connections.put(
                    entry.getKey(),
                    new Connection(entry.getKey(), ConnectionSettings.authorization(entry))));
    return new HttpTaskSettings(connections, hosts, AWS_TIMEOUT);
  }

  public HttpTaskSettings withTimeout(Duration newTimeout) {
    return new HttpTaskSettings(connections, allowedHosts, newTimeout);
  }

  /** Whether a request may go to {@code uri}: its host, or its host and port, is allowed. */
  public boolean allows(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
    return allowedHosts.contains(host) || allowedHosts.contains(host + ":" + uri.getPort());
  }

  /** The connection that a ConnectionArn names, by the name in its resource part. */
  public Optional<Connection> connection(String connectionArn) {
    int start = connectionArn.indexOf(":connection/");
    if (start < 0) {
      return Optional.empty();
    }
    String rest = connectionArn.substring(start + ":connection/".length());
    int slash = rest.indexOf('/');
    return Optional.ofNullable(connections.get(slash < 0 ? rest : rest.substring(0, slash)));
  }
}
