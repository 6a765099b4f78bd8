package io.stepwise.asl.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableReferencesTest {

  @Test
  void jsonataExpressionsReadTheirVariablesButNotStatesFunctionsOrLocalNames() {
    StateMachine machine =
        parse(
            """
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
              "A": {"Type": "Pass",
                    "Output": {"total": "{% $price * $count($items) %}", "n": "{% $count %}"},
                    "Assign": {"sum": "{% ($t := $tax; $t + $states.input.x) %}",
                               "each": "{% $map($items, function($v) { $v + $offset }) %}"},
                    "Next": "B"},
              "B": {"Type": "Succeed", "Output": "{% $states.input %}"}}}
            """);

    assertThat(VariableReferences.of(machine))
        .isEqualTo(Map.of("A", List.of("count", "items", "offset", "price", "tax")));
  }

  @Test
  void nestedStatesCatchersAndChoiceRulesAreListedByStateName() {
    StateMachine machine =
        parse(
            """
            {"StartAt": "Choose", "States": {
              "Choose": {"Type": "Choice",
                         "Choices": [{"Not": {"Variable": "$flag", "BooleanEquals": true},
                                      "Next": "Fan"}],
                         "Default": "Fan"},
              "Fan": {"Type": "Parallel", "End": true,
                      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done",
                                 "Assign": {"why.$": "States.Format('{}', $reason)"}}],
                      "Branches": [{"StartAt": "Inner", "States": {
                        "Inner": {"Type": "Pass", "Parameters": {"a.$": "$outer.a"},
                                  "End": true}}}]},
              "Done": {"Type": "Pass", "Assign": {"x": "$notARead"}, "End": true}}}
            """);

    assertThat(VariableReferences.of(machine))
        .containsExactly(
            Map.entry("Choose", List.of("flag")),
            Map.entry("Fan", List.of("reason")),
            Map.entry("Inner", List.of("outer")));
  }

  private static StateMachine parse(String definition) {
    ParseResult parsed = DefinitionParser.parse(definition);
    assertThat(parsed.diagnostics()).isEmpty();
    return parsed.machine();
  }
}
