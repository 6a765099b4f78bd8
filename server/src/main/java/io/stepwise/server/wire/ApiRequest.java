package io.stepwise.server.wire;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the API layer sees it, free of the web server's types: method, raw path and
 * query as sent, headers by lower-case name (every value, in order) and the body bytes.
 */
public record ApiRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body) {

  public ApiRequest {
    headers = Map.copyOf(headers);
  }

  /** The first value of a header, by any spelling of its name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public List<String> headerValues(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }
}
