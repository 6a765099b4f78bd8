package io.stepwise.dataflow.time;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.time.Timestamps;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.dataflow.path.PathEvaluator;
import java.time.Duration;
import java.time.Instant;

/**
 * When a Wait state ends, from each form of its duration, failing with AWS's errors and causes.
 * Causes omit the engine's {@code An error occurred while executing the state 'X' (entered at the
 * event id #N).} prefix, as everywhere in the dataflow module.
 */
public final class WaitDeadlines {

  /** AWS refuses waits longer than this many seconds (about 68 years): the largest Java int. */
  private static final long LONGEST_WAIT_SECONDS = Integer.MAX_VALUE;

  private WaitDeadlines() {}

  /** {@code Seconds}: a literal that validation has checked. */
  public static Instant afterSeconds(long seconds, Instant now) throws DataFlowException {
    if (seconds > LONGEST_WAIT_SECONDS) {
      throw tooLong();
    }
    return now.plusSeconds(seconds);
  }

  /** {@code Timestamp}: a literal that validation has checked. */
  public static Instant until(String timestamp, Instant now) throws DataFlowException {
    return checked(now, Timestamps.parse(timestamp));
  }

  /**
   * {@code SecondsPath}: the value must be a whole, non-negative number.
   *
   * @throws DataFlowException {@code States.Runtime} when the path selects nothing, a fraction or a
   *     non-number, or a negative number
   */
  public static Instant afterSecondsAt(
      JsonPath path, JsonNode input, EvaluationContext context, Instant now)
      throws DataFlowException {
    JsonNode value = readWaitPath("SecondsPath", path, input, context);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw runtime("The SecondsPath parameter cannot be parsed as a long value: ", path, value);
    }
    if (value.longValue() < 0) {
      throw runtime("The SecondsPath parameter references a negative value: ", path, value);
    }
    return afterSeconds(value.longValue(), now);
  }

  /**
   * {@code TimestampPath}: the value must be a timestamp string.
   *
   * @throws DataFlowException {@code States.Runtime} when the path selects nothing or something
   *     that is not a timestamp, or the timestamp is too far away
   */
  public static Instant untilAt(
      JsonPath path, JsonNode input, EvaluationContext context, Instant now)
      throws DataFlowException {
    JsonNode value = readWaitPath("TimestampPath", path, input, context);
    Instant deadline = value.isTextual() ? Timestamps.parse(value.textValue()) : null;
    if (deadline == null) {
      throw runtime(
          "The TimestampPath parameter does not reference a valid ISO-8601 extended offset"
              + " date-time format string: ",
          path,
          value);
    }
    return checked(now, deadline);
  }

  /**
   * A JSONata {@code Timestamp}: the value that its expression returned.
   *
   * @throws DataFlowException {@code States.QueryEvaluationError} when it is not a timestamp
   *     string, {@code States.Runtime} when it is too far away
   */
  public static Instant untilEvaluated(JsonNode value, Instant now) throws DataFlowException {
    Instant deadline = value.isTextual() ? Timestamps.parse(value.textValue()) : null;
    if (deadline == null) {
      throw new DataFlowException(
          ErrorNames.QUERY_EVALUATION_ERROR,
          "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format"
              + " string: "
              + text(value));
    }
    return checked(now, deadline);
  }

  private static JsonNode readWaitPath(
      String field, JsonPath path, JsonNode input, EvaluationContext context)
      throws DataFlowException {
    JsonNode value = PathEvaluator.select(path, input, context);
    if (value.isMissingNode()) {
      throw new DataFlowException(
          ErrorNames.RUNTIME,
          "The " + field + " parameter does not reference an input value: " + path.text());
    }
    return value;
  }

  private static Instant checked(Instant now, Instant deadline) throws DataFlowException {
    if (Duration.between(now, deadline).getSeconds() > LONGEST_WAIT_SECONDS) {
      throw tooLong();
    }
    return deadline;
  }

  private static DataFlowException tooLong() {
    return new DataFlowException(ErrorNames.RUNTIME, "Wait state delay is too long.");
  }

  private static DataFlowException runtime(String problem, JsonPath path, JsonNode value) {
    return new DataFlowException(ErrorNames.RUNTIME, problem + path.text() + " == " + text(value));
  }

  /** A value as AWS quotes it in causes: strings bare, anything else as JSON. */
  private static String text(JsonNode value) {
    return value.isTextual() ? value.textValue() : value.toString();
  }
}
