package io.stepwise.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hashing steps of Signature Version 4, as AWS documents them. */
public final class SigV4 {

  private static final HexFormat HEX = HexFormat.of();

  private SigV4() {}

  /** {@code AWS4-HMAC-SHA256 \n <amz date> \n <scope> \n hex(sha256(canonical request))}. */
  public static String stringToSign(String amzDate, String scope, String canonicalRequest) {
    return AuthorizationHeader.ALGORITHM
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
  static boolean sameSignature(String expected, String given) {
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
}
