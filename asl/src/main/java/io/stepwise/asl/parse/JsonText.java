package io.stepwise.asl.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.validate.DiagnosticCodes;

/** Reads a definition's text into a JSON tree; malformed text becomes a diagnostic. */
final class JsonText {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonText() {}

  /** The tree of {@code text}, or {@code null} after adding a diagnostic when it is not JSON. */
  static JsonNode read(String text, Diagnostics diagnostics) {
    if (text == null || text.isBlank()) {
      diagnostics.add(
          DiagnosticCodes.SCHEMA_VALIDATION_FAILED, "", "Definition must be a valid JSON object");
      return null;
    }
    try {
      return MAPPER.readTree(text);
    } catch (JacksonException malformed) {
      diagnostics.add(DiagnosticCodes.INVALID_JSON_DESCRIPTION, "", describe(malformed));
      return null;
    }
  }

  private static String describe(JacksonException malformed) {
    JsonLocation location = malformed.getLocation();
    String message = malformed.getOriginalMessage();
    String where =
        location == null
            ? ""
            : " at line "
                + location.getLineNr()
                + ", column "
                + (location.getColumnNr() + unrecognizedTokenLength(message));
    return message + where;
  }

  /**
   * The length of the token an "Unrecognized token 'not'" error names, else 0. This Jackson places
   * that error at the token's first character; AWS's parser, and so AWS's message, at the character
   * after it, where reading the token stopped.
   */
  private static int unrecognizedTokenLength(String message) {
    String prefix = "Unrecognized token '";
    int end = message.indexOf("': was expecting");
    if (!message.startsWith(prefix) || end < prefix.length()) {
      return 0;
    }
    String token = message.substring(prefix.length(), end);
    return token.codePointCount(0, token.length());
  }
}
