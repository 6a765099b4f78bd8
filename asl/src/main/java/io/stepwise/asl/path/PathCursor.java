package io.stepwise.asl.path;

import io.stepwise.asl.diagnostic.AslSyntaxException;

/** A position in a path's text, with the character-level reads that the path parsers share. */
final class PathCursor {
  private final String text;
  private int pos;

  PathCursor(String text) {
    this.text = text;
  }

  boolean atEnd() {
    return pos >= text.length();
  }

  /** The character at the cursor, or {@code '\0'} at the end. */
  char current() {
    return atEnd() ? '\0' : text.charAt(pos);
  }

  void advance() {
    pos++;
  }

  int position() {
    return pos;
  }

  /** The text from {@code from} to the cursor. */
  String slice(int from) {
    return text.substring(from, pos);
  }

  boolean peek(char c) {
    return !atEnd() && text.charAt(pos) == c;
  }

  boolean peek(String s) {
    return text.startsWith(s, pos);
  }

  boolean consume(char c) {
    if (peek(c)) {
      pos++;
      return true;
    }
    return false;
  }

  boolean consume(String s) {
    if (peek(s)) {
      pos += s.length();
      return true;
    }
    return false;
  }

  void expect(char c, String problem) throws AslSyntaxException {
    if (!consume(c)) {
      throw error(problem);
    }
  }

  void skipSpaces() {
    while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  /**
   * Reads a string in single or double quotes. A backslash before the closing quote character
   * escapes it; any other backslash is kept as written, as AWS reads {@code $['a\\"b']}.
   */
  String readQuoted() throws AslSyntaxException {
    char quote = text.charAt(pos++);
    StringBuilder value = new StringBuilder();
    while (!atEnd()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return value.toString();
      }
      if (c == '\\' && peek(quote)) {
        c = text.charAt(pos++);
      }
      value.append(c);
    }
    throw error("unterminated quoted string");
  }

  /** Reads an optionally negative integer, or returns {@code null} when there is none. */
  Integer readOptionalInt() throws AslSyntaxException {
    skipSpaces();
    int start = pos;
    consume('-');
    while (!atEnd() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      return null;
    }
    try {
      return Integer.valueOf(slice(start));
    } catch (NumberFormatException e) {
      throw error("invalid index '" + slice(start) + "'");
    }
  }

  AslSyntaxException error(String problem) {
    return new AslSyntaxException(
        "The path '" + text + "' is invalid: " + problem + " at position " + pos + ".");
  }
}
