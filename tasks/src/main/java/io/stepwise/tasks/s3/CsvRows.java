package io.stepwise.tasks.s3;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of fields (RFC 4180): a field in double quotes may hold the delimiter,
 * line breaks and doubled quotes; rows end with LF or CRLF; blank lines are skipped.
 */
final class CsvRows {
  private final String text;
  private final char delimiter;
  private int at;

  private CsvRows(String text, char delimiter) {
    this.text = text;
    this.delimiter = delimiter;
  }

  /** The rows of {@code text}. */
  static List<List<String>> parse(String text, char delimiter) throws BucketException {
    CsvRows rows = new CsvRows(text, delimiter);
    List<List<String>> result = new ArrayList<>();
    while (rows.at < text.length()) {
      List<String> row = rows.row(result.size() + 1);
      if (!(row.size() == 1 && row.getFirst().isEmpty())) {
        result.add(row);
      }
    }
    return result;
  }

  private List<String> row(int number) throws BucketException {
    List<String> fields = new ArrayList<>();
    while (true) {
      fields.add(field(number));
      if (at >= text.length()) {
        return fields;
      }
      char c = text.charAt(at++);
      if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
        at++;
      }
      if (c != delimiter) {
        return fields;
      }
    }
  }

  /** One field; {@code at} is left on the delimiter or line break after it. */
  private String field(int row) throws BucketException {
    if (at < text.length() && text.charAt(at) == '"') {
      return quoted(row);
    }
    int start = at;
    while (at < text.length() && !endsField(text.charAt(at))) {
      at++;
    }
    return text.substring(start, at);
  }

  private String quoted(int row) throws BucketException {
    StringBuilder field = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw new BucketException("CSV row " + row + " has a quoted field that is never closed");
      }
      char c = text.charAt(at++);
      if (c != '"') {
        field.append(c);
      } else if (at < text.length() && text.charAt(at) == '"') {
        field.append('"');
        at++;
      } else {
        break;
      }
    }
    if (at < text.length() && !endsField(text.charAt(at))) {
      throw new BucketException(
          "CSV row " + row + " has text after the closing quote of a field: " + text.charAt(at));
    }
    return field.toString();
  }

  private boolean endsField(char c) {
    return c == delimiter || c == '\n' || c == '\r';
  }
}
