package io.stepwise.asl.parse;

import io.stepwise.asl.model.FailState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.SucceedState;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.asl.model.WaitState;

/** Parses the states without nested structure: Pass, Wait, Succeed and Fail. */
final class SimpleStateParser {
  private SimpleStateParser() {}

  static PassState pass(String name, FieldReader fields) {
    return new PassState(
        name,
        fields.text("Comment"),
        fields.language(),
        StateParser.transition(fields),
        fields.pathField("InputPath"),
        fields.template("Parameters"),
        fields.raw("Result"),
        fields.resultPath(),
        fields.pathField("OutputPath"),
        fields.template("Assign"),
        fields.template("Output"));
  }

  static WaitState waitState(String name, FieldReader fields) {
    return new WaitState(
        name,
        fields.text("Comment"),
        fields.language(),
        StateParser.transition(fields),
        fields.pathField("InputPath"),
        fields.pathField("OutputPath"),
        duration(fields),
        fields.template("Assign"),
        fields.template("Output"));
  }

  private static WaitState.WaitDuration duration(FieldReader fields) {
    ValueSource seconds = fields.valueSource("Seconds", "SecondsPath");
    if (seconds != null) {
      return new WaitState.Seconds(seconds);
    }
    ValueSource timestamp = fields.valueSource("Timestamp", "TimestampPath");
    return timestamp == null ? null : new WaitState.Timestamp(timestamp);
  }

  static SucceedState succeed(String name, FieldReader fields) {
    return new SucceedState(
        name,
        fields.text("Comment"),
        fields.language(),
        fields.pathField("InputPath"),
        fields.pathField("OutputPath"),
        fields.template("Output"));
  }

  static FailState fail(String name, FieldReader fields) {
    return new FailState(
        name,
        fields.text("Comment"),
        fields.language(),
        fields.valueSource("Error", "ErrorPath"),
        fields.valueSource("Cause", "CausePath"));
  }
}
