package io.stepwise.dataflow.choice;

import java.util.ArrayList;
import java.util.List;

/**
 * The pattern of a {@code StringMatches} rule, compiled once: {@code *} matches any run of
 * characters (the empty one too), {@code \*} a literal star and {@code \\} a literal backslash. Any
 * other escaped character stands for itself.
 */
final class WildcardPattern {

  /** The literal text between the stars: the pattern is {@code parts[0]*parts[1]*...}. */
  private final String[] parts;

  private WildcardPattern(String[] parts) {
    this.parts = parts;
  }

  static WildcardPattern compile(String pattern) {
    List<String> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        literal.append(pattern.charAt(++i));
      } else if (c == '*') {
        parts.add(literal.toString());
        literal.setLength(0);
      } else {
        literal.append(c);
      }
    }
    parts.add(literal.toString());
    return new WildcardPattern(parts.toArray(String[]::new));
  }

  boolean matches(String text) {
    int last = parts.length - 1;
    if (last == 0) {
      return text.equals(parts[0]);
    }
    String head = parts[0];
    String tail = parts[last];
    if (text.length() < head.length() + tail.length()
        || !text.startsWith(head)
        || !text.endsWith(tail)) {
      return false;
    }
    // Each middle part is matched at its leftmost place, which leaves the most room for the rest.
    int position = head.length();
    int limit = text.length() - tail.length();
    for (int i = 1; i < last; i++) {
      int found = text.indexOf(parts[i], position);
      if (found < 0 || found + parts[i].length() > limit) {
        return false;
      }
      position = found + parts[i].length();
    }
    return true;
  }
}
