package io.stepwise.asl.parse;

import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.Transition;

/** Dispatches a state to the parser of its type. */
final class StateParser {
  private StateParser() {}

  /** The state, or {@code null} when its type is unknown (the validator reports that). */
  static State parse(String type, String name, FieldReader fields, ParseContext ctx) {
    return switch (type) {
      case "Pass" -> SimpleStateParser.pass(name, fields);
      case "Wait" -> SimpleStateParser.waitState(name, fields);
      case "Succeed" -> SimpleStateParser.succeed(name, fields);
      case "Fail" -> SimpleStateParser.fail(name, fields);
      case "Choice" -> ChoiceStateParser.parse(name, fields, ctx);
      case "Task" -> TaskStateParser.parse(name, fields, ctx);
      case "Parallel" -> ParallelStateParser.parse(name, fields, ctx);
      case "Map" -> MapStateParser.parse(name, fields, ctx);
      default -> null;
    };
  }

  /** {@code Next}, or else the end of the workflow. */
  static Transition transition(FieldReader fields) {
    String next = fields.text("Next");
    return next == null ? Transition.End.INSTANCE : new Transition.Next(next);
  }

  /** {@code Parameters} in JSONPath states, {@code Arguments} in JSONata states. */
  static String parametersField(FieldReader fields) {
    return fields.language() == QueryLanguage.JSONATA ? "Arguments" : "Parameters";
  }
}
