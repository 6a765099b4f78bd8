package io.stepwise.dataflow.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.dataflow.DataFlowException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/** {@code States.Base64Encode}, {@code States.Base64Decode} and {@code States.Hash}. */
final class EncodingFunctions {
  /** AWS's limit on the input of the encoding and hash functions, in characters. */
  static final int MAX_INPUT_LENGTH = 10_000;

  private static final Set<String> ALGORITHMS =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  private EncodingFunctions() {}

  static JsonNode base64Encode(Arguments args) throws DataFlowException {
    String text = limited(args, 0);
    return TextNode.valueOf(
        Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  static JsonNode base64Decode(Arguments args) throws DataFlowException {
    String text = limited(args, 0);
    try {
      return TextNode.valueOf(new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw args.failure("The string is not valid Base64: " + text);
    }
  }

  static JsonNode hash(Arguments args) throws DataFlowException {
    String data = limited(args, 0);
    String algorithm = args.string(1);
    if (!ALGORITHMS.contains(algorithm)) {
      throw args.failure(
          "The hash algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was: "
              + algorithm);
    }
    try {
      byte[] digest =
          MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
      return TextNode.valueOf(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime provides " + algorithm, e);
    }
  }

  private static String limited(Arguments args, int index) throws DataFlowException {
    String text = args.string(index);
    if (text.length() > MAX_INPUT_LENGTH) {
      throw args.failure("The input must not be longer than " + MAX_INPUT_LENGTH + " characters.");
    }
    return text;
  }
}
