package io.stepwise.tasks.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Reads one connection's authorization from the HTTP task settings file. */
final class ConnectionSettings {

  private ConnectionSettings() {}

  static Connection.Authorization authorization(Map.Entry<String, JsonNode> entry) {
    JsonNode settings = entry.getValue();
    String type = settings.path("type").asText();
    return switch (type) {
      case "BASIC" ->
          new Connection.Basic(required(entry, "username"), required(entry, "password"));
      case "API_KEY" ->
          new Connection.ApiKey(required(entry, "headerName"), required(entry, "value"));
      case "OAUTH_CLIENT_CREDENTIALS" ->
          new Connection.OAuthClientCredentials(
              required(entry, "tokenEndpoint"),
              required(entry, "clientId"),
              required(entry, "clientSecret"));
      default ->
          throw new IllegalArgumentException(
              "Expected connections."
                  + entry.getKey()
                  + ".type to be BASIC, API_KEY or OAUTH_CLIENT_CREDENTIALS, but it is '"
                  + type
                  + "'");
    };
  }

  private static String required(Map.Entry<String, JsonNode> entry, String field) {
    JsonNode value = entry.getValue().get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new IllegalArgumentException(
          "Expected connections." + entry.getKey() + "." + field + " to be a non-empty string");
    }
    return value.asText();
  }
}
