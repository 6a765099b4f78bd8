package io.stepwise.tasks.s3;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stepwise.tasks.aws.SigV4;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for S3, path-style: it keeps objects in memory, lists them two to a page, and
 * refuses any request whose Signature V4 (as S3 checks it) does not match its one secret.
 */
final class FakeS3 implements AutoCloseable {
  static final String ACCESS_KEY = "AKIDS3";
  static final String SECRET = "s3/secret";
  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "AWS4-HMAC-SHA256 Credential=[^/]+/(\\d{8})/([^/]+)/s3/aws4_request,"
              + " SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

  private final HttpServer server;
  final Map<String, byte[]> objects = new ConcurrentSkipListMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();

  FakeS3() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String method = exchange.getRequestMethod();
    URI uri = exchange.getRequestURI();
    requests.add(
        method
            + " "
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    if (!signed(exchange, body)) {
      respond(exchange, 403, "<Error><Code>SignatureDoesNotMatch</Code></Error>");
      return;
    }
    String path = uri.getPath().substring(1);
    if (uri.getRawQuery() != null) {
      respond(exchange, 200, listing(path, uri.getRawQuery()));
    } else if (method.equals("PUT")) {
      objects.put(path, body);
      respond(exchange, 200, "");
    } else if (objects.containsKey(path)) {
      exchange.sendResponseHeaders(200, objects.get(path).length);
      exchange.getResponseBody().write(objects.get(path));
      exchange.close();
    } else {
      respond(exchange, 404, "<Error><Code>NoSuchKey</Code></Error>");
    }
  }

  private String listing(String bucket, String query) {
    Map<String, String> parameters = new TreeMap<>();
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      parameters.put(parts[0], java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    String after = parameters.getOrDefault("continuation-token", "");
    String prefix = bucket + "/" + parameters.get("prefix");
    List<String> keys =
        objects.keySet().stream()
            .filter(k -> k.startsWith(prefix) && k.compareTo(after) > 0)
            .toList();
    StringBuilder xml = new StringBuilder("<ListBucketResult>");
    for (String key : keys.subList(0, Math.min(2, keys.size()))) {
      xml.append("<Contents><Key>")
          .append(key.substring(bucket.length() + 1))
          .append(
              "</Key><LastModified>2024-05-01T10:00:00.000Z</LastModified><ETag>&quot;e&quot;</ETag><Size>")
          .append(objects.get(key).length)
          .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
    }
    boolean more = keys.size() > 2;
    xml.append("<IsTruncated>").append(more).append("</IsTruncated>");
    if (more) {
      xml.append("<NextContinuationToken>").append(keys.get(1)).append("</NextContinuationToken>");
    }
    return xml.append("</ListBucketResult>").toString();
  }

  /** Checks the signature as S3 does: the path as sent, the payload's hash in its own header. */
  private static boolean signed(HttpExchange exchange, byte[] body) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    Matcher matcher = AUTHORIZATION.matcher(authorization == null ? "" : authorization);
    String hash = exchange.getRequestHeaders().getFirst("X-Amz-Content-Sha256");
    if (!matcher.matches() || !SigV4.sha256Hex(body).equals(hash)) {
      return false;
    }
    String amzDate = exchange.getRequestHeaders().getFirst("X-Amz-Date");
    URI uri = exchange.getRequestURI();
    StringBuilder headers = new StringBuilder();
    for (String name : matcher.group(3).split(";")) {
      headers
          .append(name)
          .append(':')
          .append(exchange.getRequestHeaders().getFirst(name))
          .append('\n');
    }
    String canonical =
        String.join(
            "\n",
            exchange.getRequestMethod(),
            uri.getRawPath(),
            uri.getRawQuery() == null ? "" : uri.getRawQuery(),
            headers.toString(),
            matcher.group(3),
            hash);
    String scope = matcher.group(1) + "/" + matcher.group(2) + "/s3/aws4_request";
    String expected =
        SigV4.signature(
            SigV4.signingKey(SECRET, matcher.group(1), matcher.group(2), "s3"),
            SigV4.stringToSign(amzDate, scope, canonical));
    return expected.equals(matcher.group(4));
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }
}
