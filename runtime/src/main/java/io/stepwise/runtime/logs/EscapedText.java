package io.stepwise.runtime.logs;

/**
 * Sizes of a text once escaped in a JSON string and written in UTF-8, the measure of CloudWatch
 * Logs' payload limit.
 */
final class EscapedText {

  private EscapedText() {}

  /** The bytes {@code text} takes escaped. */
  static long size(String text) {
    long size = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      size += size(text.codePointAt(i));
    }
    return size;
  }

  /** The longest start of {@code text} that takes at most {@code limit} bytes escaped. */
  static String cut(String text, long limit) {
    long size = 0;
    int i = 0;
    while (i < text.length()) {
      size += size(text.codePointAt(i));
      if (size > limit) {
        break;
      }
      i = text.offsetByCodePoints(i, 1);
    }
    return text.substring(0, i);
  }

  private static int size(int codePoint) {
    if (codePoint == '"' || codePoint == '\\') {
      return 2;
    }
    if (codePoint < 0x20) {
      return "\b\t\n\f\r".indexOf(codePoint) >= 0 ? 2 : 6;
    }
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
