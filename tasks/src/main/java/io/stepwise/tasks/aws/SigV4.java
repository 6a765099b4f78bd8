package io.stepwise.tasks.aws;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hashing steps of Signature Version 4, as AWS documents them: shared by the server, which
 * verifies its callers' signatures, and the task invokers, which sign their calls to AWS services.
 */
public final class SigV4 {
  /** The only signing algorithm of Signature V4. */
  public static final String ALGORITHM = "AWS4-HMAC-SHA256";

  private static final HexFormat HEX = HexFormat.of();

  private SigV4() {}

  /** {@code AWS4-HMAC-SHA256 \n <amz date> \n <scope> \n hex(sha256(canonical request))}. */
  public static String stringToSign(String amzDate, String scope, String canonicalRequest) {
    return ALGORITHM
        + "\n"
        + amzDate
        + "\n"
        + scope
        + "\n"
        + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  /** The signing key: HMACs of date, region, service and {@code aws4_request}. */
  public static byte[] signingKey(String secret, String date, String region, String service) {
    byte[] dateKey = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    byte[] regionKey = hmac(dateKey, region);
    byte[] serviceKey = hmac(regionKey, service);
    return hmac(serviceKey, "aws4_request");
  }

  public static String signature(byte[] signingKey, String stringToSign) {
    return HEX.formatHex(hmac(signingKey, stringToSign));
  }

  public static String sha256Hex(byte[] data) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Expected SHA-256 in every Java runtime", e);
    }
  }

  /** Compares two signatures in constant time, so that timing reveals nothing of the right one. */
  public static boolean sameSignature(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Expected HmacSHA256 in every Java runtime", e);
    }
  }

  /** RFC 3986 encoding: unreserved characters stay, everything else becomes {@code %XY}. */
  public static String uriEncode(String text, boolean keepSlash) {
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
