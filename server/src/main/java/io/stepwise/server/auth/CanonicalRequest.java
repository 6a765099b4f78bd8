package io.stepwise.server.auth;

import io.stepwise.server.wire.ApiRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical request of Signature V4 for services other than S3: method, the path URI-encoded
 * once more, the sorted query, the signed headers with trimmed values, and the SHA-256 of the body
 * actually received (never the client's claim of it, so that a changed body fails the check).
 */
public final class CanonicalRequest {

  private CanonicalRequest() {}

  public static String of(ApiRequest request, List<String> signedHeaders) {
    return request.method()
        + "\n"
        + canonicalPath(request.rawPath())
        + "\n"
        + canonicalQuery(request.rawQuery())
        + "\n"
        + canonicalHeaders(request, signedHeaders)
        + "\n"
        + String.join(";", signedHeaders)
        + "\n"
        + SigV4.sha256Hex(request.body());
  }

  private static String canonicalPath(String rawPath) {
    return rawPath.isEmpty() ? "/" : uriEncode(rawPath, true);
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery.isEmpty()) {
      return "";
    }
    List<String> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      pairs.add(uriEncode(decode(name), false) + "=" + uriEncode(decode(value), false));
    }
    pairs.sort(null);
    return String.join("&", pairs);
  }

  private static String canonicalHeaders(ApiRequest request, List<String> signedHeaders) {
    StringBuilder headers = new StringBuilder();
    for (String name : signedHeaders) {
      List<String> values = new ArrayList<>();
      request.headerValues(name).forEach(value -> values.add(value.strip().replaceAll(" +", " ")));
      headers.append(name).append(':').append(String.join(",", values)).append('\n');
    }
    return headers.toString();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** RFC 3986 encoding: unreserved characters stay, everything else becomes {@code %XY}. */
  static String uriEncode(String text, boolean keepSlash) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (unreserved(c) || (keepSlash && c == '/')) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return encoded.toString();
  }

  private static boolean unreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '~';
  }
}
