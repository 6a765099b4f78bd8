package io.stepwise.server.wire;

import java.util.Map;

/** An HTTP response of the API: status, headers and JSON body bytes. */
public record ApiReply(int status, Map<String, String> headers, byte[] body) {

  public ApiReply {
    headers = Map.copyOf(headers);
  }
}
