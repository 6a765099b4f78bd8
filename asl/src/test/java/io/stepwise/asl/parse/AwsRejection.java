package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The substance of one recorded InvalidDefinition message: the diagnostic code, the location and,
 * where AWS states it without placeholders, the message text.
 */
record AwsRejection(String code, String pointer, String text) {
  private static final Pattern AWS_FORM =
      Pattern.compile(
          "Invalid State Machine Definition: '([A-Z_]+): (.*) at (/[^ ]*)'", Pattern.DOTALL);
  private static final Pattern LABEL_FORM =
      Pattern.compile("Error=ValueError Args=\\[(['\"])(.*?)\\1\\] in definition", Pattern.DOTALL);

  /** Reads {@code message}; {@code definition} locates the Map Label that Label messages omit. */
  static AwsRejection of(String message, String definition) throws Exception {
    Matcher aws = AWS_FORM.matcher(message);
    if (aws.matches()) {
      String pointer = aws.group(3).equals("/") ? "" : aws.group(3);
      return new AwsRejection(aws.group(1), pointer, aws.group(2));
    }
    Matcher label = LABEL_FORM.matcher(message);
    if (label.find()) {
      return new AwsRejection(
          "SCHEMA_VALIDATION_FAILED", labelPointer(definition), unescape(label.group(2)));
    }
    throw new IllegalArgumentException("Unknown form of InvalidDefinition message: " + message);
  }

  /** Whether {@code text} holds placeholders of the recorder, which cannot match literally. */
  boolean hasPlaceholders() {
    return text.contains("<") && text.contains(">") && !text.contains("'<'");
  }

  private static String labelPointer(String definition) throws Exception {
    JsonNode states = new ObjectMapper().readTree(definition).get("States");
    for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> state = it.next();
      if (state.getValue().has("Label")) {
        return "/States/" + state.getKey() + "/Label";
      }
    }
    throw new IllegalArgumentException("No Label in " + definition);
  }

  /** Undoes one level of Python string-literal escaping: {@code \\}, {@code \'}, {@code \"}. */
  private static String unescape(String literal) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == '\\' && i + 1 < literal.length()) {
        c = literal.charAt(++i);
      }
      text.append(c);
    }
    return text.toString();
  }
}
