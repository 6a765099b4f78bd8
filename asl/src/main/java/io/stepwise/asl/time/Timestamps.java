package io.stepwise.asl.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Timestamps as Step Functions reads and writes them.
 *
 * <p>AWS reads timestamps (Wait {@code Timestamp}/{@code TimestampPath}, the {@code Timestamp*}
 * comparisons and {@code IsTimestamp} of Choice rules) in the "ISO-8601 extended offset date-time
 * format", as its error messages name it: a date, {@code T}, a time with optional seconds and up to
 * nine fractional digits, and a mandatory offset ({@code Z} or {@code +01:00}). A missing offset, a
 * space instead of {@code T}, month 13 or hour 25 are all rejected. It writes them (the context
 * object's {@code StartTime} and {@code EnteredTime}) in UTC with exactly three fractional digits.
 *
 * <p>When a state machine is created, AWS checks literal timestamps against the stricter RFC 3339
 * profile instead ("String does not match RFC3339 timestamp"): seconds required, upper-case {@code
 * T} and {@code Z}; see {@link #isRfc3339(String)}.
 */
public final class Timestamps {

  private static final DateTimeFormatter CONTEXT_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final Pattern RFC3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  /** The shortest text that can be a timestamp: {@code 2016-03-14T01:59Z}. */
  private static final int MIN_LENGTH = 17;

  private Timestamps() {}

  /** The instant that {@code text} names, or {@code null} when it is not a valid timestamp. */
  public static Instant parse(String text) {
    if (!looksLikeTimestamp(text)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException notATimestamp) {
      return null;
    }
  }

  /** Whether {@code text} is a valid timestamp. */
  public static boolean isValid(String text) {
    return parse(text) != null;
  }

  /**
   * Whether {@code text} is an RFC 3339 date-time naming a real date and time of day: the check
   * that literal timestamps of a definition must pass.
   */
  public static boolean isRfc3339(String text) {
    return RFC3339.matcher(text).matches() && isValid(text);
  }

  /** The form of the context object: {@code 2019-03-26T20:14:13.192Z}. */
  public static String format(Instant instant) {
    return CONTEXT_FORMAT.format(instant);
  }

  /**
   * A cheap test of the date's shape, so that the common case of a string that is plainly not a
   * timestamp (Choice rules test arbitrary input) costs no exception.
   */
  private static boolean looksLikeTimestamp(String text) {
    return text.length() >= MIN_LENGTH
        && isDigits(text, 0, 4)
        && text.charAt(4) == '-'
        && isDigits(text, 5, 7)
        && text.charAt(7) == '-'
        && isDigits(text, 8, 10);
  }

  private static boolean isDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
