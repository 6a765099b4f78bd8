package io.stepwise.tasks.services;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stepwise.tasks.aws.SigV4;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for an AWS service endpoint: it records each request, checks its Signature V4
 * against the one secret it knows (as the service would), and answers what the test gives it.
 */
final class FakeAwsEndpoint implements AutoCloseable {
  static final String ACCESS_KEY = "AKIDFAKE";
  static final String SECRET = "fake/secret/key";
  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request,"
              + " SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

  /**
   * A request as the endpoint saw it, and whether its signature was valid for that region and
   * service.
   */
  record Received(
      String target,
      String contentType,
      String body,
      String region,
      String service,
      boolean signed) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String answer = "{}";

  FakeAwsEndpoint() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  void answer(int newStatus, String newAnswer) {
    status = newStatus;
    answer = newAnswer;
  }

  List<Received> received() {
    return received;
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    Matcher signature = AUTHORIZATION.matcher(authorization == null ? "" : authorization);
    boolean matched = signature.matches();
    received.add(
        new Received(
            exchange.getRequestHeaders().getFirst("X-Amz-Target"),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            new String(body, StandardCharsets.UTF_8),
            matched ? signature.group(3) : null,
            matched ? signature.group(4) : null,
            matched && valid(exchange, signature, body)));
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("x-amzn-RequestId", "req-1");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** Recomputes the signature over what arrived, with the signed headers the request names. */
  private static boolean valid(HttpExchange exchange, Matcher signature, byte[] body) {
    String amzDate = exchange.getRequestHeaders().getFirst("X-Amz-Date");
    StringBuilder headers = new StringBuilder();
    for (String name : signature.group(5).split(";")) {
      headers
          .append(name)
          .append(':')
          .append(exchange.getRequestHeaders().getFirst(name))
          .append('\n');
    }
    String canonical =
        exchange.getRequestMethod()
            + "\n"
            + SigV4.uriEncode(exchange.getRequestURI().getRawPath(), true)
            + "\n\n"
            + headers
            + "\n"
            + signature.group(5)
            + "\n"
            + SigV4.sha256Hex(body);
    String scope =
        signature.group(2) + "/" + signature.group(3) + "/" + signature.group(4) + "/aws4_request";
    String expected =
        SigV4.signature(
            SigV4.signingKey(SECRET, signature.group(2), signature.group(3), signature.group(4)),
            SigV4.stringToSign(amzDate, scope, canonical));
    return ACCESS_KEY.equals(signature.group(1))
        && SigV4.sameSignature(expected, signature.group(6));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
