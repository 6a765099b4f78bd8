package io.stepwise.tasks.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes an HTTP task's parameters into a request: {@code ApiEndpoint} with {@code QueryParameters},
 * {@code Method}, {@code Headers}, and {@code RequestBody} as JSON, as it is (text), or URL-encoded
 * when {@code Transform.RequestBodyEncoding} is {@code URL_ENCODED}. The connection's authorization
 * is added by the caller.
 */
final class RequestBuilder {
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
  private static final String CONTENT_TYPE = "Content-Type";

  private RequestBuilder() {}

  /** The request, or why the parameters do not make one; {@code endpoint} is already checked. */
  static PreparedRequest build(
      JsonNode parameters, URI endpoint, Duration timeout, Map<String, String> authorization) {
    String method = parameters.path("Method").asText("");
    if (!METHODS.contains(method)) {
      return PreparedRequest.refused(
          HttpTaskErrors.RUNTIME,
          "The Method parameter must be one of " + METHODS + ", but it is '" + method + "'");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(withQuery(endpoint, parameters.path("QueryParameters")))
            .timeout(timeout);
    for (Map.Entry<String, JsonNode> header : parameters.path("Headers").properties()) {
      try {
        request.header(header.getKey(), text(header.getValue()));
      } catch (IllegalArgumentException restricted) {
        // The HTTP client sets these itself (Host, Content-Length, Connection, ...).
        return PreparedRequest.refused(
            HttpTaskErrors.RUNTIME,
            "The header '" + header.getKey() + "' of the Headers parameter cannot be set");
      }
    }
    authorization.forEach(request::setHeader);
    JsonNode body = parameters.get("RequestBody");
    if (body == null || body.isNull()) {
      return new PreparedRequest.Ready(
          request.method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
    String encoding = parameters.path("Transform").path("RequestBodyEncoding").asText("NONE");
    String text;
    if ("URL_ENCODED".equals(encoding) && body.isObject()) {
      String format =
          parameters
              .path("Transform")
              .path("RequestEncodingOptions")
              .path("ArrayFormat")
              .asText(FormEncoding.DEFAULT_ARRAY_FORMAT);
      text = FormEncoding.encode(body, format);
      setDefault(request, parameters, "application/x-www-form-urlencoded");
    } else {
      text = text(body);
      setDefault(request, parameters, body.isTextual() ? "text/plain" : "application/json");
    }
    return new PreparedRequest.Ready(
        request.method(method, HttpRequest.BodyPublishers.ofString(text)).build());
  }

  /** Parses {@code ApiEndpoint}: an absolute http(s) URL, or null when it is not one. */
  static URI endpoint(JsonNode parameters) {
    try {
      URI uri = new URI(parameters.path("ApiEndpoint").asText(""));
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      return web && uri.getHost() != null ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static void setDefault(HttpRequest.Builder request, JsonNode parameters, String type) {
    boolean given =
        parameters.path("Headers").properties().stream()
            .anyMatch(header -> header.getKey().equalsIgnoreCase(CONTENT_TYPE));
    if (!given) {
      request.header(CONTENT_TYPE, type);
    }
  }

  private static URI withQuery(URI endpoint, JsonNode query) {
    if (!query.isObject() || query.isEmpty()) {
      return endpoint;
    }
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, JsonNode> parameter : query.properties()) {
      JsonNode value = parameter.getValue();
      for (JsonNode item : value.isArray() ? value : List.of(value)) {
        pairs.add(encode(parameter.getKey()) + "=" + encode(text(item)));
      }
    }
    String separator = endpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(endpoint + separator + String.join("&", pairs));
  }

  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
