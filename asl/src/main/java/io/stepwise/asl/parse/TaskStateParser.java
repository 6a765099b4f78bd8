package io.stepwise.asl.parse;

import io.stepwise.asl.model.TaskState;

/** Parses Task states. */
final class TaskStateParser {
  private TaskStateParser() {}

  static TaskState parse(String name, FieldReader fields, ParseContext ctx) {
    return new TaskState(
        name,
        fields.text("Comment"),
        fields.language(),
        StateParser.transition(fields),
        fields.text("Resource"),
        fields.pathField("InputPath"),
        fields.template(StateParser.parametersField(fields)),
        fields.template("ResultSelector"),
        fields.resultPath(),
        fields.pathField("OutputPath"),
        fields.valueSource("TimeoutSeconds", "TimeoutSecondsPath"),
        fields.valueSource("HeartbeatSeconds", "HeartbeatSecondsPath"),
        fields.template("Credentials"),
        ErrorHandlingParser.retriers(fields, ctx),
        ErrorHandlingParser.catchers(fields, ctx),
        fields.template("Assign"),
        fields.template("Output"));
  }
}
