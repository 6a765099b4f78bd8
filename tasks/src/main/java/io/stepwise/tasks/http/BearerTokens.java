package io.stepwise.tasks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens of OAuth client-credentials connections, each got from its token endpoint
 * (client id and secret as Basic authorization, {@code grant_type=client_credentials}) and kept
 * until a minute before it expires, as EventBridge keeps a connection's token.
 */
final class BearerTokens {
  private static final long EARLY_RENEWAL_MS = 60_000;
  private static final long DEFAULT_LIFETIME_S = 3600;

  private record Token(String value, long expiresAt) {}

  private final LazyHttpClient client;
  private final Duration timeout;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  BearerTokens(LazyHttpClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  /** The token of {@code connection}, fetched when there is none or it is about to expire. */
  CompletionStage<String> token(String name, Connection.OAuthClientCredentials oauth) {
    Token kept = tokens.get(name);
    if (kept != null && kept.expiresAt() > System.currentTimeMillis()) {
      return CompletableFuture.completedFuture(kept.value());
    }
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (oauth.clientId() + ":" + oauth.clientSecret()).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(oauth.tokenEndpoint()))
            .timeout(timeout)
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
    return client
        .get()
        .sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(response -> keep(name, response));
  }

  private String keep(String name, HttpResponse<String> response) {
    JsonNode body;
    try {
      body = json.readTree(response.body());
    } catch (IOException e) {
      body = null;
    }
    if (response.statusCode() / 100 != 2
        || body == null
        || !body.path("access_token").isTextual()) {
      throw new IllegalStateException(
          "Expected an access_token from the token endpoint of connection "
              + name
              + ", but it answered "
              + response.statusCode());
    }
    long lifetime = body.path("expires_in").asLong(DEFAULT_LIFETIME_S) * 1000;
    String value = body.get("access_token").asText();
    tokens.put(name, new Token(value, System.currentTimeMillis() + lifetime - EARLY_RENEWAL_MS));
    return value;
  }
}
