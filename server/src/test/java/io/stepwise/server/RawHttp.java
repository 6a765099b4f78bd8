package io.stepwise.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client over a socket, for requests no SDK would send: any Host header, a missing
 * target, a tampered body, a signature copied from another request.
 */
final class RawHttp {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A response: status, headers by lower-case name, and the body. */
  record Response(int status, Map<String, String> headers, String body) {
    JsonNode json() throws IOException {
      return MAPPER.readTree(body);
    }
  }

  private RawHttp() {}

  static Response post(int port, Map<String, List<String>> headers, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\n");
    boolean hasHost = false;
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      hasHost |= header.getKey().equalsIgnoreCase("host");
      for (String value : header.getValue()) {
        head.append(header.getKey()).append(": ").append(value).append("\r\n");
      }
    }
    if (!hasHost) {
      head.append("Host: 127.0.0.1:").append(port).append("\r\n");
    }
    head.append("Content-Length: ").append(bytes.length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
      return read(socket.getInputStream());
    }
  }

  /** A plain API call: JSON 1.0 content type and the given target, no signature. */
  static Response call(int port, String target, String body) throws IOException {
    return post(
        port,
        Map.of(
            "Content-Type", List.of("application/x-amz-json-1.0"),
            "X-Amz-Target", List.of(target)),
        body);
  }

  /**
   * A plain API call sent to the host {@code sync-localhost}, as SDKs send StartSyncExecution and
   * TestState.
   */
  static Response callSyncHost(int port, String target, String body) throws IOException {
    return post(
        port,
        Map.of(
            "Host", List.of("sync-localhost:" + port),
            "Content-Type", List.of("application/x-amz-json-1.0"),
            "X-Amz-Target", List.of(target)),
        body);
  }

  /** Reads the status line and headers, then exactly Content-Length bytes of body. */
  private static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("Expected a complete response head, got " + head);
      }
      head.write(b);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).strip().split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
  }
}
