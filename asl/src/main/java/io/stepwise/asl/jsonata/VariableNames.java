package io.stepwise.asl.jsonata;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the names written as {@code $name} in a JSONata expression, skipping string literals,
 * back-quoted names and comments, so that evaluation can bind just the workflow variables an
 * expression may read instead of every variable in scope.
 */
final class VariableNames {
  private final String text;
  private final Set<String> names = new LinkedHashSet<>();
  private int position;

  private VariableNames(String text) {
    this.text = text;
  }

  static Set<String> referencedIn(String text) {
    VariableNames scanner = new VariableNames(text);
    scanner.scan();
    return Set.copyOf(scanner.names);
  }

  private void scan() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '"' || c == '\'' || c == '`') {
        skipQuoted(c);
      } else if (c == '/' && text.startsWith("/*", position)) {
        int end = text.indexOf("*/", position + 2);
        position = end < 0 ? text.length() : end + 2;
      } else if (c == '$') {
        readName();
      } else {
        position++;
      }
    }
  }

  private void skipQuoted(char quote) {
    position++;
    while (position < text.length() && text.charAt(position) != quote) {
      position += text.charAt(position) == '\\' ? 2 : 1;
    }
    position++;
  }

  private void readName() {
    int start = ++position;
    while (position < text.length() && isNameChar(text.charAt(position))) {
      position++;
    }
    if (position > start) {
      names.add(text.substring(start, position));
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
