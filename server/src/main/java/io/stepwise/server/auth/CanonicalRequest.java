package io.stepwise.server.auth;

import io.stepwise.server.wire.ApiRequest;
import io.stepwise.tasks.aws.SigV4;
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
    return rawPath.isEmpty() ? "/" : SigV4.uriEncode(rawPath, true);
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
      pairs.add(SigV4.uriEncode(decode(name), false) + "=" + SigV4.uriEncode(decode(value), false));
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
}
