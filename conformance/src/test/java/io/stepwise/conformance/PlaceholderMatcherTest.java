package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholderMatcherTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static boolean matches(List<String> placeholders, String expected, String actual) {
    return new PlaceholderMatcher(placeholders).matches(json(expected), json(actual));
  }

  @Test
  void equalValuesMatchWithoutPlaceholders() {
    assertThat(matches(List.of(), "{\"a\":[1,\"x\",null,true]}", "{\"a\":[1,\"x\",null,true]}"))
        .isTrue();
    assertThat(matches(List.of(), "{\"a\":1}", "{\"a\":1,\"b\":2}")).isFalse();
    assertThat(matches(List.of(), "{\"a\":1,\"b\":2}", "{\"a\":1}")).isFalse();
    assertThat(matches(List.of(), "[1,2]", "[2,1]")).isFalse();
    assertThat(matches(List.of(), "\"1\"", "1")).isFalse();
    assertThat(matches(List.of(), "true", "1")).isFalse();
  }

  @Test
  void numbersCompareByValueAsJsonDoes() {
    assertThat(matches(List.of(), "1", "1.0")).isTrue();
    assertThat(matches(List.of(), "{\"n\":[1.50]}", "{\"n\":[1.5]}")).isTrue();
    assertThat(matches(List.of(), "1e2", "100")).isTrue();
    assertThat(matches(List.of(), "12345678901234567890", "12345678901234567890")).isTrue();
    assertThat(matches(List.of(), "12345678901234567890", "12345678901234567891")).isFalse();
    assertThat(matches(List.of(), "1.1", "1.10000001")).isFalse();
  }

  @Test
  void aLetterPlaceholderStandsForAnyWholeString() {
    List<String> date = List.of("date");
    assertThat(matches(date, "{\"t\":\"date\"}", "{\"t\":\"2026-11-22T03:32:33Z\"}")).isTrue();
    assertThat(matches(date, "[\"date\",\"date\"]", "[\"2026-01-01\",\"2027-02-02\"]")).isTrue();
    assertThat(matches(date, "{\"t\":\"date\"}", "{\"t\":12}")).isFalse();
    assertThat(matches(date, "\"a date-time\"", "\"a 2026-time\"")).isFalse();
    assertThat(matches(date, "\"a date-time\"", "\"a date-time\"")).isTrue();
  }

  @Test
  void aPlaceholderWithoutItsCaseIsLiteral() {
    assertThat(matches(List.of(), "\"date\"", "\"2026-11-22\"")).isFalse();
    assertThat(matches(List.of(), "\"<uuid:1>\"", "\"0b5e1c56-1a0e-4bd3-9f5c-1e7f36e3c4a7\""))
        .isFalse();
  }

  @Test
  void placeholdersInsideAStringMatchItsParts() {
    List<String> arn = List.of("<partition>", "<region>", "111111111111", "<ArnPart_0idx>");
    String expected =
        "\"arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>\"";
    assertThat(matches(arn, expected, "\"arn:aws:states:eu-west-1:123456789012:stateMachine:m\""))
        .isTrue();
    assertThat(matches(arn, expected, "\"arn:aws:states:eu-west-1:123456789012:activity:m\""))
        .isFalse();
    assertThat(matches(arn, expected, "\"arn:aws:states:eu-west-1:123456789012:stateMachine:\""))
        .isFalse();
  }

  @Test
  void aPlaceholderStandsForTheSameTextThroughoutOneComparison() {
    List<String> parts = List.of("<ArnPart_0idx>", "<ExecArnPart_0idx>");
    String expected =
        "{\"Name\":\"<ExecArnPart_0idx>\",\"Id\":\"x:<ArnPart_0idx>:<ExecArnPart_0idx>\"}";
    assertThat(matches(parts, expected, "{\"Name\":\"run-1\",\"Id\":\"x:machine:run-1\"}"))
        .isTrue();
    assertThat(matches(parts, expected, "{\"Name\":\"run-1\",\"Id\":\"x:machine:run-2\"}"))
        .isFalse();
    assertThat(matches(List.of("<uuid:1>"), "[\"<uuid:1>\",\"<uuid:1>\"]", "[\"a\",\"b\"]"))
        .isFalse();
  }

  @Test
  void placeholdersMatchInsideCauseTexts() {
    PlaceholderMatcher matcher = new PlaceholderMatcher(List.of("<json-input:1>"));
    String expected = "could not be found in the input '<json-input:1>'";
    assertThat(matcher.matchesText(expected, "could not be found in the input '{\"a\":0}'"))
        .isTrue();
    assertThat(matcher.matchesText(expected, "could not be found in the input {\"a\":0}"))
        .isFalse();
  }

  @Test
  void regexCharactersInExpectedTextAreLiteral() {
    PlaceholderMatcher matcher = new PlaceholderMatcher(List.of("<timestamp>"));
    assertThat(matcher.matchesText("$.start_at == <timestamp> (.*)", "$.start_at == 2026 (.*)"))
        .isTrue();
    assertThat(matcher.matchesText("$.start_at == <timestamp> (.*)", "$.start_at == 2026 (xy)"))
        .isFalse();
  }

  @Test
  void absentValuesMatchOnlyAbsentValues() {
    PlaceholderMatcher matcher = new PlaceholderMatcher(List.of());
    assertThat(matcher.matchesText(null, null)).isTrue();
    assertThat(matcher.matchesText(null, "States.Runtime")).isFalse();
    assertThat(matcher.matches(null, json("null"))).isFalse();
    assertThat(matcher.matches(json("null"), json("null"))).isTrue();
  }

  @Test
  void transformerMarkersStandForValuesOfTheirKindOnlyInTransformedCases() {
    PlaceholderMatcher transformed = new PlaceholderMatcher(List.of(), true);
    assertThat(transformed.matches(json("{\"n\":\"RandomNumberGenerated\"}"), json("{\"n\":42}")))
        .isTrue();
    assertThat(transformed.matches(json("\"RandomNumberGenerated\""), json("\"42\""))).isFalse();
    assertThat(transformed.matches(json("\"start-time\""), json("\"2026-11-22T05:00:00.123Z\"")))
        .isTrue();
    assertThat(transformed.matches(json("\"entered-time\""), json("\"yesterday\""))).isFalse();
    PlaceholderMatcher plain = new PlaceholderMatcher(List.of());
    assertThat(plain.matches(json("\"RandomNumberGenerated\""), json("42"))).isFalse();
  }
}
