package io.stepwise.dataflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.dataflow.Failure;
import io.stepwise.dataflow.FixedEvaluationContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recorded Wait executions of the corpus ({@code v2_base_test_wait_*}, ...), cause by cause.
 */
class WaitDeadlinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-22T03:32:33Z");
  private static final EvaluationContext NO_CONTEXT = FixedEvaluationContext.at(NOW);

  private static Instant afterSecondsAt(String input) throws Exception {
    return WaitDeadlines.afterSecondsAt(
        JsonPath.parse("$.input.waitSeconds"), JSON.readTree(input), NO_CONTEXT, NOW);
  }

  private static Instant untilAt(String timestamp) throws Exception {
    JsonNode input = JSON.createObjectNode().put("TimestampValue", timestamp);
    return WaitDeadlines.untilAt(JsonPath.parse("$.TimestampValue"), input, NO_CONTEXT, NOW);
  }

  private static Failure failure(ThrowingCall call) {
    try {
      call.run();
    } catch (DataFlowException e) {
      return e.failure();
    } catch (Exception e) {
      throw new AssertionError("Expected a DataFlowException, but got " + e, e);
    }
    throw new AssertionError("Expected a DataFlowException, but the call succeeded");
  }

  private interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void waitsWholeSecondsFromAPath() throws Exception {
    assertThat(afterSecondsAt("{\"input\": {\"waitSeconds\": 0}}")).isEqualTo(NOW);
    assertThat(afterSecondsAt("{\"input\": {\"waitSeconds\": 1}}")).isEqualTo(NOW.plusSeconds(1));
  }

  @Test
  void rejectsSecondsPathsAsAwsDoes() {
    assertThat(failure(() -> afterSecondsAt("{\"input\": {\"waitSeconds\": 1.5}}")))
        .isEqualTo(
            new Failure(
                "States.Runtime",
                "The SecondsPath parameter cannot be parsed as a long value: $.input.waitSeconds"
                    + " == 1.5"));
    assertThat(failure(() -> afterSecondsAt("{\"input\": {\"waitSeconds\": -1.5}}")).cause())
        .isEqualTo(
            "The SecondsPath parameter cannot be parsed as a long value: $.input.waitSeconds =="
                + " -1.5");
    assertThat(failure(() -> afterSecondsAt("{\"input\": {\"waitSeconds\": -1}}")).cause())
        .isEqualTo(
            "The SecondsPath parameter references a negative value: $.input.waitSeconds == -1");
    assertThat(failure(() -> afterSecondsAt("{}")))
        .isEqualTo(
            new Failure(
                "States.Runtime",
                "The SecondsPath parameter does not reference an input value:"
                    + " $.input.waitSeconds"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016-03-14T01:59:00Z",
        "2016-03-05T21:29:29.243167252Z",
        "2026-11-22T03:32:33.000000Z",
        "2026-11-22T03:32:33.00Z"
      })
  void waitsUntilAValidTimestamp(String timestamp) throws Exception {
    assertThat(untilAt(timestamp)).isEqualTo(Instant.parse(timestamp));
    assertThat(WaitDeadlines.untilEvaluated(TextNode.valueOf(timestamp), NOW))
        .isEqualTo(Instant.parse(timestamp));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016-13-05T21:29:29Z",
        "05-12-2016T21:29:29Z",
        "2016-12-05T25:29:29Z",
        "2016-12-05 21:29:29Z",
        "2016-12-05T21:29:29",
        "2026-11-22T03:32:33.000000"
      })
  void rejectsInvalidTimestampsAsAwsDoes(String timestamp) {
    assertThat(failure(() -> untilAt(timestamp)))
        .isEqualTo(
            new Failure(
                "States.Runtime",
                "The TimestampPath parameter does not reference a valid ISO-8601 extended offset"
                    + " date-time format string: $.TimestampValue == "
                    + timestamp));
    assertThat(failure(() -> WaitDeadlines.untilEvaluated(TextNode.valueOf(timestamp), NOW)))
        .isEqualTo(
            new Failure(
                "States.QueryEvaluationError",
                "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time"
                    + " format string: "
                    + timestamp));
  }

  @Test
  void refusesWaitsOfMoreThanAboutSixtyEightYears() throws Exception {
    // The corpus waits until 24855 days from now (still running) and 24856 days (refused).
    Instant allowed = NOW.plus(24855, ChronoUnit.DAYS);
    Instant refused = NOW.plus(24856, ChronoUnit.DAYS);

    assertThat(untilAt(allowed.toString())).isEqualTo(allowed);
    assertThat(failure(() -> untilAt(refused.toString())))
        .isEqualTo(new Failure("States.Runtime", "Wait state delay is too long."));
    assertThat(WaitDeadlines.afterSeconds(Integer.MAX_VALUE, NOW))
        .isEqualTo(NOW.plusSeconds(Integer.MAX_VALUE));
    assertThat(failure(() -> WaitDeadlines.afterSeconds(Integer.MAX_VALUE + 1L, NOW)).cause())
        .isEqualTo("Wait state delay is too long.");
    assertThat(failure(() -> afterSecondsAt("{\"input\": {\"waitSeconds\": 1000000000000000000}}")))
        .isEqualTo(new Failure("States.Runtime", "Wait state delay is too long."));
  }
}
