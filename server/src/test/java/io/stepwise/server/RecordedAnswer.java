package io.stepwise.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares Stepwise's answer with AWS's recorded one. The recording replaced generated values with
 * placeholders ({@code <ArnPart_0idx>}, {@code <uuid:1>}), words ({@code datetime}, {@code
 * activity_arn}, {@code state_machine_alias_name}) or parsed JSON strings; each matches whatever
 * Stepwise generated in its place. Everything else must be equal, and Stepwise must add no member
 * that AWS did not send, but for {@code encryptionConfiguration}, which AWS added to its answers
 * after some of the recordings were made.
 */
final class RecordedAnswer {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> DATE_WORDS =
      Set.of("datetime", "date", "timestamp", "creation-date");
  private static final Set<String> ADDED_SINCE_RECORDING = Set.of("encryptionConfiguration");
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]+>");
  private static final Pattern TRANSFORMED_WORD =
      Pattern.compile("[a-z]+(?:[_-][a-z]+)+(?:[_-][a-z]?\\d+)?(?![A-Za-z0-9])");

  private RecordedAnswer() {}

  /** What differs between AWS's recorded {@code expected} and the {@code actual} answer. */
  static Optional<String> mismatch(JsonNode expected, JsonNode actual, String path) {
    if (expected.isObject()) {
      return actual.isTextual()
          ? mismatch(expected, parse(actual.asText()), path)
          : objects(expected, actual, path);
    }
    if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        return Optional.of(path + ": expected " + expected + " but got " + actual);
      }
      for (int i = 0; i < expected.size(); i++) {
        Optional<String> item = mismatch(expected.get(i), actual.get(i), path + "/" + i);
        if (item.isPresent()) {
          return item;
        }
      }
      return Optional.empty();
    }
    if (expected.isTextual() && expected.asText().startsWith("[") && actual.isTextual()) {
      // JSON text that the recording kept as AWS wrote it, spacing included: compared as JSON.
      JsonNode expectedJson = parse(expected.asText());
      JsonNode actualJson = parse(actual.asText());
      if (expectedJson.isArray()) {
        return mismatch(expectedJson, actualJson, path);
      }
    }
    if (expected.isTextual()) {
      return text(expected.asText(), actual)
          ? Optional.empty()
          : Optional.of(path + ": expected " + expected + " but got " + actual);
    }
    return expected.equals(actual)
        ? Optional.empty()
        : Optional.of(path + ": expected " + expected + " but got " + actual);
  }

  /** Whether an error message matches AWS's, placeholders and transformed words aside. */
  static boolean sameMessage(String expected, String actual) {
    return pattern(expected).matcher(actual).matches();
  }

  private static Optional<String> objects(JsonNode expected, JsonNode actual, String path) {
    if (!actual.isObject()) {
      return Optional.of(path + ": expected an object but got " + actual);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = actual.get(field.getKey());
      if (value == null) {
        return Optional.of(path + "/" + field.getKey() + ": missing");
      }
      if (replacedTimestamp(field.getKey(), field.getValue())) {
        continue;
      }
      Optional<String> differs = mismatch(field.getValue(), value, path + "/" + field.getKey());
      if (differs.isPresent()) {
        return differs;
      }
    }
    for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!expected.has(name) && !ADDED_SINCE_RECORDING.contains(name)) {
        return Optional.of(path + "/" + name + ": not in AWS's answer");
      }
    }
    return Optional.empty();
  }

  private static boolean text(String expected, JsonNode actual) {
    if (DATE_WORDS.contains(expected) && (actual.isNumber() || isTimestamp(actual))) {
      return true;
    }
    return actual.isTextual() && pattern(expected).matcher(actual.asText()).matches();
  }

  /** The recording replaced the value of every member named like a timestamp by the word. */
  private static boolean replacedTimestamp(String member, JsonNode expected) {
    return member.contains("Timestamp") && expected.asText().equals("timestamp");
  }

  private static boolean isTimestamp(JsonNode actual) {
    return actual.isTextual() && TIMESTAMP.matcher(actual.asText()).matches();
  }

  private static Pattern pattern(String expected) {
    StringBuilder regex = new StringBuilder();
    Matcher placeholder = PLACEHOLDER.matcher(expected);
    int last = 0;
    while (placeholder.find()) {
      regex.append(literal(expected.substring(last, placeholder.start()))).append("[^:'\\s]+?");
      last = placeholder.end();
    }
    regex.append(literal(expected.substring(last)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** Literal text, but for words that look like the recording's replacements of generated names. */
  private static String literal(String text) {
    StringBuilder regex = new StringBuilder();
    Matcher word = TRANSFORMED_WORD.matcher(text);
    int last = 0;
    while (word.find()) {
      regex.append(Pattern.quote(text.substring(last, word.start()))).append(".+?");
      last = word.end();
    }
    return regex.append(Pattern.quote(text.substring(last))).toString();
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException notJson) {
      return MAPPER.getNodeFactory().textNode(json);
    }
  }
}
