package io.stepwise.server.wire;

import io.helidon.http.Header;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads Helidon requests into {@link ApiRequest}s, for every API the server serves. */
public final class HttpRequests {
  private HttpRequests() {}

  /** The body, or nothing when it exceeds {@code maxBodyBytes} (the rest is then left unread). */
  public static Optional<byte[]> readBody(ServerRequest request, int maxBodyBytes)
      throws IOException {
    long declared = request.headers().contentLength().orElse(-1L);
    if (declared > maxBodyBytes) {
      return Optional.empty();
    }
    if (!request.content().hasEntity()) {
      return Optional.of(new byte[0]);
    }
    try (InputStream in = request.content().inputStream()) {
      byte[] body = in.readNBytes(maxBodyBytes + 1);
      return body.length > maxBodyBytes ? Optional.empty() : Optional.of(body);
    }
  }

  public static ApiRequest apiRequest(ServerRequest request, byte[] body) {
    Map<String, List<String>> headers = new HashMap<>();
    for (Header header : request.headers()) {
      headers.put(header.name().toLowerCase(Locale.ROOT), header.allValues());
    }
    if (!headers.containsKey("host")) {
      headers.put("host", List.of(request.authority()));
    }
    return new ApiRequest(
        request.prologue().method().text(),
        request.path().rawPath(),
        request.query().rawValue(),
        headers,
        body);
  }
}
