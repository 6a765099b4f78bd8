package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/** Parses Parallel states and their branches. */
final class ParallelStateParser {
  private ParallelStateParser() {}

  static ParallelState parse(String name, FieldReader fields, ParseContext ctx) {
    return new ParallelState(
        name,
        fields.text("Comment"),
        fields.language(),
        StateParser.transition(fields),
        branches(fields, ctx),
        fields.pathField("InputPath"),
        fields.template(StateParser.parametersField(fields)),
        fields.template("ResultSelector"),
        fields.resultPath(),
        fields.pathField("OutputPath"),
        ErrorHandlingParser.retriers(fields, ctx),
        ErrorHandlingParser.catchers(fields, ctx),
        fields.template("Assign"),
        fields.template("Output"));
  }

  private static List<Workflow> branches(FieldReader fields, ParseContext ctx) {
    JsonNode branches = fields.raw("Branches");
    List<Workflow> parsed = new ArrayList<>();
    if (branches == null || !branches.isArray()) {
      return List.of();
    }
    for (int i = 0; i < branches.size(); i++) {
      Workflow branch =
          WorkflowParser.parse(
              branches.get(i), Diagnostics.child(fields.pointer("Branches"), i), ctx);
      if (branch != null) {
        parsed.add(branch);
      }
    }
    return List.copyOf(parsed);
  }
}
