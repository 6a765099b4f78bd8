package io.stepwise.service.machines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.service.shape.StoredJson;
import io.stepwise.store.StateMachineType;
import org.junit.jupiter.api.Test;

class VariableReferencesTest {

  @Test
  void collectsTheVariablesThatEachStateReadsSorted() {
    String definition =
        """
        {"StartAt": "Check", "States": {
          "Check": {"Type": "Choice", "Choices": [
            {"Variable": "$guess", "StringEqualsPath": "$answer", "Next": "Done"}],
            "Default": "Done"},
          "Done": {"Type": "Pass", "ResultPath": "$.result", "Parameters": {
            "literal": "$notRead", "read.$": "States.Format('{} {}', $zeta, $$.Execution.Id)"},
            "End": true}}}
        """;

    assertThat(VariableReferences.of(definition, StateMachineType.STANDARD).orElseThrow())
        .isEqualTo(json("{\"Check\":[\"answer\",\"guess\"],\"Done\":[\"zeta\"]}"));
  }

  @Test
  void looksIntoNestedWorkflowsAndJsonataExpressions() {
    String definition =
        """
        {"StartAt": "Map", "States": {"Map": {"Type": "Map", "ItemsPath": "$items",
          "ItemProcessor": {"StartAt": "Inner", "States": {"Inner": {"Type": "Pass",
            "QueryLanguage": "JSONata",
            "Output": "{% ($local := 1; $string($bias + $local + $states.input.x)) %}",
            "End": true}}},
          "End": true}}}
        """;

    assertThat(VariableReferences.of(definition, StateMachineType.STANDARD).orElseThrow())
        .isEqualTo(json("{\"Inner\":[\"bias\"],\"Map\":[\"items\"]}"));
  }

  @Test
  void isAbsentWhenNoStateReadsAVariable() {
    assertThat(
            VariableReferences.of(
                "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}",
                StateMachineType.STANDARD))
        .isEmpty();
  }

  /** The expected JSON object; its fields may come in any order, as in any JSON object. */
  private static JsonNode json(String text) {
    return StoredJson.read(text);
  }
}
