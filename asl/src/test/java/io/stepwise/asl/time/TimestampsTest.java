package io.stepwise.asl.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest
  @CsvSource({
    // The forms that the recorded Wait executions accept.
    "2016-03-14T01:59:00Z, 2016-03-14T01:59:00Z",
    "2016-03-05T21:29:29.243167252Z, 2016-03-05T21:29:29.243167252Z",
    "2026-11-22T03:32:33.000000Z, 2026-11-22T03:32:33Z",
    "2026-11-22T03:32:33.00Z, 2026-11-22T03:32:33Z",
    "2094-12-11T03:32:33.000Z, 2094-12-11T03:32:33Z",
    // An offset names the same instant in UTC.
    "2012-10-09T19:00:55+01:00, 2012-10-09T18:00:55Z",
    "2012-10-09T19:00:55-02:30, 2012-10-09T21:30:55Z",
  })
  void parsesOffsetDateTimes(String text, String instant) {
    assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(instant));
    assertThat(Timestamps.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // The forms that the recorded Wait executions reject at run time.
        "2016-13-05T21:29:29Z",
        "05-12-2016T21:29:29Z",
        "2016-12-05T25:29:29Z",
        "2016-12-05 21:29:29Z",
        "2016-12-05T21:29:29",
        "2026-11-22T03:32:33.000000",
        // And the strings of the Choice corpus that are not timestamps.
        "2023-02-24 12:15:56.832957",
        "2023-02-24",
        "2012-10-09T19:00:55",
        "HelloWorld",
        "",
        " ",
        "2016-02-30T00:00:00Z",
        "2016-03-05T21:29:29.2431672521Z",
      })
  void rejectsEverythingElse(String text) {
    assertThat(Timestamps.parse(text)).isNull();
    assertThat(Timestamps.isValid(text)).isFalse();
    assertThat(Timestamps.isRfc3339(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016-03-14T01:59:00Z",
        "2016-03-14T01:59:00.5+01:00",
        "2016-03-14T01:59:00-08:00"
      })
  void acceptsRfc3339LiteralsInDefinitions(String text) {
    assertThat(Timestamps.isRfc3339(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016-03-14T01:59Z", "2016-03-14t01:59:00Z", "2016-03-14T01:59:00z"})
  void definitionLiteralsFollowTheStricterRfc3339Profile(String text) {
    assertThat(Timestamps.isRfc3339(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "2019-03-26T20:14:13.192Z, 2019-03-26T20:14:13.192Z",
    "2024-01-01T00:00:00Z, 2024-01-01T00:00:00.000Z",
    "2024-01-01T00:00:00.123456789Z, 2024-01-01T00:00:00.123Z",
  })
  void formatsAsTheContextObjectDoes(String instant, String text) {
    assertThat(Timestamps.format(Instant.parse(instant))).isEqualTo(text);
  }
}
