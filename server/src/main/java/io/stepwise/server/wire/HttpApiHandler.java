package io.stepwise.server.wire;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ErrorTypes;
import io.stepwise.service.name.RandomUuids;
import java.io.IOException;

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
    String requestId = RandomUuids.next();
    ApiReply reply =
        HttpRequests.readBody(request, maxBodyBytes)
            .map(body -> dispatcher.dispatch(HttpRequests.apiRequest(request, body), requestId))
            .orElseGet(() -> dispatcher.wire().error(tooLarge(), requestId));
    response.status(reply.status());
    reply.headers().forEach(response::header);
    response.send(reply.body());
  }

  private ApiError tooLarge() {
    return ApiError.of(
        ErrorTypes.REQUEST_TOO_LARGE,
        "Request body exceeds the limit of " + maxBodyBytes + " bytes of this server.");
  }
}
