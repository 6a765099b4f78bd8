package io.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a recorded JSON value with the one Stepwise produced, treating the recorder's
 * placeholders as wildcards.
 *
 * <p>The recorder replaced values that differ between runs (dates, UUIDs, ARN parts, the account)
 * by placeholder strings. A placeholder made only of letters ({@code date}) stands for a whole JSON
 * string. The others ({@code <ArnPart_0idx>}, {@code 111111111111}, {@code snf_role_arn}) may also
 * stand for part of a string, because the recorder replaced them inside ARNs and cause texts. Such
 * a placeholder stands for the same text wherever it occurs in one comparison, as it did in the
 * recording: {@code <ExecArnPart_0idx>} in an execution's name and in its ARN is one value.
 *
 * <p>Numbers are equal when their values are: JSON does not distinguish {@code 1} from {@code 1.0},
 * and neither did the recorder, whose snapshots were compared as Python values.
 *
 * <p>One instance holds the bindings of one comparison; it is not thread-safe.
 */
final class PlaceholderMatcher {
  private static final Pattern LETTERS_ONLY = Pattern.compile("[A-Za-z]+");

  private final List<String> placeholders;
  private final boolean transformerMarkers;
  private final Map<String, String> bindings = new HashMap<>();

  PlaceholderMatcher(List<String> placeholders) {
    this(placeholders, false);
  }

  /**
   * @param transformerMarkers whether the case was flagged {@code jsonpath_transformer_applied}, so
   *     that the words of {@link TransformerMarkers} stand for values of their kind
   */
  PlaceholderMatcher(List<String> placeholders, boolean transformerMarkers) {
    this.placeholders = List.copyOf(placeholders);
    this.transformerMarkers = transformerMarkers;
  }

  /** Whether {@code actual} matches {@code expected}; {@code null} is no value at all. */
  boolean matches(JsonNode expected, JsonNode actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (transformerMarkers && expected.isTextual()) {
      Predicate<JsonNode> kind = TransformerMarkers.kindOf(expected.textValue());
      if (kind != null) {
        return kind.test(actual);
      }
    }
    if (expected.isTextual() && isPlaceholderText(expected.textValue())) {
      return actual.isTextual() && matchesText(expected.textValue(), actual.textValue());
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.getNodeType() != actual.getNodeType() || expected.size() != actual.size()) {
      return false;
    }
    if (expected.isArray()) {
      return elementsMatch(expected, actual);
    }
    if (expected.isObject()) {
      return membersMatch(expected, actual);
    }
    return expected.equals(actual);
  }

  /** Whether the text {@code actual} matches {@code expected}, placeholders aside. */
  boolean matchesText(String expected, String actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (placeholders.contains(expected) && LETTERS_ONLY.matcher(expected).matches()) {
      return true;
    }
    Map<String, String> groups = new HashMap<>();
    Matcher matcher = compile(expected, groups).matcher(actual);
    if (!matcher.matches()) {
      return false;
    }
    groups.forEach((placeholder, group) -> bindings.put(placeholder, matcher.group(group)));
    return true;
  }

  private boolean isPlaceholderText(String text) {
    return placeholders.stream().anyMatch(text::contains);
  }

  private boolean elementsMatch(JsonNode expected, JsonNode actual) {
    for (int i = 0; i < expected.size(); i++) {
      if (!matches(expected.get(i), actual.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean membersMatch(JsonNode expected, JsonNode actual) {
    for (Map.Entry<String, JsonNode> member : expected.properties()) {
      if (!matches(member.getValue(), actual.get(member.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A pattern for {@code expected} in which each embeddable placeholder is a group: a named group
   * at its first occurrence, a back-reference after that, or its bound text once bound.
   */
  private Pattern compile(String expected, Map<String, String> groups) {
    StringBuilder regex = new StringBuilder();
    int at = 0;
    while (at < expected.length()) {
      String placeholder = embeddablePlaceholderAt(expected, at);
      if (placeholder == null) {
        int next = nextPlaceholderStart(expected, at + 1);
        regex.append(Pattern.quote(expected.substring(at, next)));
        at = next;
        continue;
      }
      regex.append(placeholderRegex(placeholder, groups));
      at += placeholder.length();
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private String placeholderRegex(String placeholder, Map<String, String> groups) {
    String bound = bindings.get(placeholder);
    if (bound != null) {
      return Pattern.quote(bound);
    }
    String group = groups.get(placeholder);
    if (group != null) {
      return "\\k<" + group + ">";
    }
    group = "p" + groups.size();
    groups.put(placeholder, group);
    return "(?<" + group + ">.+?)";
  }

  private String embeddablePlaceholderAt(String text, int at) {
    String longest = null;
    for (String placeholder : placeholders) {
      if (!LETTERS_ONLY.matcher(placeholder).matches()
          && text.startsWith(placeholder, at)
          && (longest == null || placeholder.length() > longest.length())) {
        longest = placeholder;
      }
    }
    return longest;
  }

  private int nextPlaceholderStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (embeddablePlaceholderAt(text, i) != null) {
        return i;
      }
    }
    return text.length();
  }
}
