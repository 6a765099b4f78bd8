package io.stepwise.server.wire;

import io.helidon.http.Header;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ErrorTypes;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The bridge between Helidon and the {@link ApiDispatcher}: copies the request into an {@link
 * ApiRequest}, reading at most {@code maxBodyBytes} of body, and writes the reply back. The host
 * the client addressed does not matter, so {@code sync-} prefixed hosts reach the same API.
 */
public final class HttpApiHandler implements Handler {

  private final ApiDispatcher dispatcher;
  private final int maxBodyBytes;

  public HttpApiHandler(ApiDispatcher dispatcher, int maxBodyBytes) {
    this.dispatcher = dispatcher;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(ServerRequest request, ServerResponse response) throws IOException {
    String requestId = UUID.randomUUID().toString();
    ApiReply reply =
        readBody(request)
            .map(body -> dispatcher.dispatch(apiRequest(request, body), requestId))
            .orElseGet(() -> dispatcher.wire().error(tooLarge(), requestId));
    response.status(reply.status());
    reply.headers().forEach(response::header);
    response.send(reply.body());
  }

  /** The body, or nothing when it exceeds the limit (the rest is then left unread). */
  private Optional<byte[]> readBody(ServerRequest request) throws IOException {
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

  private ApiError tooLarge() {
    return ApiError.of(
        ErrorTypes.REQUEST_TOO_LARGE,
        "Request body exceeds the limit of " + maxBodyBytes + " bytes of this server.");
  }

  private static ApiRequest apiRequest(ServerRequest request, byte[] body) {
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
