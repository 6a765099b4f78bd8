package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.choice.ChoiceRuleParser;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.ChoiceState;
import java.util.ArrayList;
import java.util.List;

/** Parses Choice states; the rules themselves are parsed by {@link ChoiceRuleParser}. */
final class ChoiceStateParser {
  private ChoiceStateParser() {}

  static ChoiceState parse(String name, FieldReader fields, ParseContext ctx) {
    return new ChoiceState(
        name,
        fields.text("Comment"),
        fields.language(),
        fields.pathField("InputPath"),
        fields.pathField("OutputPath"),
        choices(fields, ctx),
        fields.text("Default"),
        fields.template("Assign"),
        fields.template("Output"));
  }

  private static List<ChoiceRule.Choice> choices(FieldReader fields, ParseContext ctx) {
    JsonNode choices = fields.raw("Choices");
    List<ChoiceRule.Choice> parsed = new ArrayList<>();
    if (choices == null || !choices.isArray()) {
      return List.of();
    }
    for (int i = 0; i < choices.size(); i++) {
      JsonNode choice = choices.get(i);
      if (choice.isObject()) {
        ChoiceRule.Choice rule =
            ChoiceRuleParser.parseChoice(
                choice,
                Diagnostics.child(fields.pointer("Choices"), i),
                fields.language(),
                ctx.diagnostics());
        if (rule != null) {
          parsed.add(rule);
        }
      }
    }
    return List.copyOf(parsed);
  }
}
