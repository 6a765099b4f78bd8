package io.stepwise.asl.choice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.ComparisonOperator;
import io.stepwise.asl.model.QueryLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ChoiceRuleParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AT = "/States/C/Choices/0";

  private final Diagnostics diagnostics = new Diagnostics();

  private ChoiceRule.Choice parse(String json, QueryLanguage language) throws Exception {
    JsonNode node = JSON.readTree(json.replace('\'', '"'));
    return ChoiceRuleParser.parseChoice(node, AT, language, diagnostics);
  }

  private ChoiceRule.Choice parse(String json) throws Exception {
    return parse(json, QueryLanguage.JSONPATH);
  }

  private List<String> problems() {
    return diagnostics.toList().stream().map(Diagnostic::describe).toList();
  }

  @Test
  void parsesALiteralComparison() throws Exception {
    ChoiceRule.Choice choice = parse("{'Variable': '$.a', 'NumericEquals': 2.5, 'Next': 'N'}");

    assertThat(problems()).isEmpty();
    assertThat(choice.next()).isEqualTo("N");
    assertThat(choice.assign()).isNull();
    ChoiceRule.Comparison comparison = (ChoiceRule.Comparison) choice.rule();
    assertThat(comparison.variable().text()).isEqualTo("$.a");
    assertThat(comparison.operator()).isEqualTo(ComparisonOperator.NUMERIC_EQUALS);
    assertThat(comparison.operand().doubleValue()).isEqualTo(2.5);
    assertThat(comparison.operandPath()).isNull();
  }

  @Test
  void parsesThePathFormOfAnOperator() throws Exception {
    ChoiceRule.Choice choice =
        parse(
            "{'Variable': '$.a', 'TimestampLessThanPath': '$$.Execution.StartTime', 'Next': 'N'}");

    ChoiceRule.Comparison comparison = (ChoiceRule.Comparison) choice.rule();
    assertThat(comparison.operator()).isEqualTo(ComparisonOperator.TIMESTAMP_LESS_THAN);
    assertThat(comparison.operand()).isNull();
    assertThat(comparison.operandPath().text()).isEqualTo("$$.Execution.StartTime");
  }

  @Test
  void parsesNestedCombinators() throws Exception {
    ChoiceRule.Choice choice =
        parse(
            "{'And': [{'Not': {'Variable': '$.type', 'StringEquals': 'Private'}},"
                + " {'Or': [{'Variable': '$.v', 'IsNull': true},"
                + " {'Variable': '$v', 'StringEqualsPath': '$answer'}]}],"
                + " 'Next': 'N', 'Assign': {'x': 1}, 'Comment': 'why'}");

    assertThat(problems()).isEmpty();
    ChoiceRule.And and = (ChoiceRule.And) choice.rule();
    assertThat(and.rules()).hasSize(2);
    assertThat(and.rules().get(0)).isInstanceOf(ChoiceRule.Not.class);
    assertThat(((ChoiceRule.Or) and.rules().get(1)).rules()).hasSize(2);
    assertThat(choice.assign().source().get("x").intValue()).isEqualTo(1);
  }

  @Test
  void requiresNextAtTheTopLevel() throws Exception {
    assertThat(parse("{'Variable': '$.a', 'IsNull': true}")).isNull();
    assertThat(problems())
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The field 'Next' is required but was missing at " + AT);
  }

  @Test
  void forbidsNextAndAssignInNestedRules() throws Exception {
    assertThat(
            parse(
                "{'Not': {'Variable': '$.a', 'IsNull': true, 'Next': 'X', 'Assign': {}},"
                    + " 'Next': 'N'}"))
        .isNull();
    assertThat(problems())
        .containsExactlyInAnyOrder(
            "SCHEMA_VALIDATION_FAILED: Field 'Next' is not supported at " + AT + "/Not",
            "SCHEMA_VALIDATION_FAILED: Field 'Assign' is not supported at " + AT + "/Not");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "'StringEquals': 1 | StringEquals | The value of 'StringEquals' must be a string",
        "'StringMatches': true | StringMatches | The value of 'StringMatches' must be a string",
        "'NumericEquals': '1' | NumericEquals | The value of 'NumericEquals' must be a number",
        "'NumericLessThan': null | NumericLessThan | The value of 'NumericLessThan' must be a number",
        "'BooleanEquals': 'true' | BooleanEquals | The value of 'BooleanEquals' must be a boolean",
        "'IsPresent': 1 | IsPresent | The value of 'IsPresent' must be a boolean",
        "'TimestampEquals': 5 | TimestampEquals"
            + " | The value of 'TimestampEquals' must be a timestamp string",
        "'TimestampEquals': '2016-12-05T21:29:29' | TimestampEquals"
            + " | String does not match RFC3339 timestamp",
        "'StringEqualsPath': 'a.b' | StringEqualsPath | Value is not a Reference Path:",
        "'NumericEqualsPath': 3 | NumericEqualsPath | Value is not a Reference Path:",
      })
  void checksTheOperandTypeAsAwsDoes(String operand, String field, String message)
      throws Exception {
    assertThat(parse("{'Variable': '$.a', " + operand + ", 'Next': 'N'}")).isNull();
    assertThat(diagnostics.toList())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("SCHEMA_VALIDATION_FAILED");
              assertThat(d.pointer()).isEqualTo(AT + "/" + field);
              assertThat(d.message()).startsWith(message);
            });
  }

  @ParameterizedTest
  @EnumSource(ComparisonOperator.class)
  void acceptsAWellTypedOperandForEveryOperator(ComparisonOperator operator) throws Exception {
    String operand =
        switch (operator.aslName().replaceAll("(Equals|LessThan|GreaterThan|Matches).*", "")) {
          case "String" -> "'text*'";
          case "Numeric" -> "-1.5e3";
          case "Timestamp" -> "'2016-03-14T01:59:00.123+02:00'";
          default -> "false";
        };
    ChoiceRule.Choice choice =
        parse("{'Variable': '$.a', '" + operator.aslName() + "': " + operand + ", 'Next': 'N'}");

    assertThat(problems()).isEmpty();
    assertThat(((ChoiceRule.Comparison) choice.rule()).operator()).isEqualTo(operator);
  }

  @Test
  void reportsEveryProblemOfARule() throws Exception {
    parse(
        "{'And': [{'Variable': '$.a'}, {'Variable': '$.b', 'IsNull': true, 'IsString': true},"
            + " {'NumericEquals': 1}, {'Foo': 1}], 'Or': [], 'Next': 'N'}");
    assertThat(problems()).hasSize(1);
    assertThat(problems().get(0))
        .isEqualTo(
            "SCHEMA_VALIDATION_FAILED: A choice rule must have exactly one of 'And', 'Or', 'Not' or"
                + " 'Variable', but it has 'And' and 'Or' at "
                + AT);

    Diagnostics nested = new Diagnostics();
    ChoiceRuleParser.parseChoice(
        JSON.readTree(
            "{\"And\": [{\"Variable\": \"$.a\"}, {\"Variable\": \"$.b\", \"IsNull\": true,"
                + " \"IsString\": true}, {\"NumericEquals\": 1}, {\"Foo\": 1}], \"Next\": \"N\"}"),
        AT,
        QueryLanguage.JSONPATH,
        nested);
    assertThat(nested.toList().stream().map(Diagnostic::describe))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: A choice rule must have exactly one comparison operator,"
                + " but it has none at "
                + AT
                + "/And/0",
            "SCHEMA_VALIDATION_FAILED: A choice rule must have exactly one comparison operator,"
                + " but it has IsNull, IsString at "
                + AT
                + "/And/1",
            "SCHEMA_VALIDATION_FAILED: The field 'Variable' is required but was missing at "
                + AT
                + "/And/2",
            "SCHEMA_VALIDATION_FAILED: A choice rule must have one of 'And', 'Or', 'Not', or a"
                + " 'Variable' with a comparison operator at "
                + AT
                + "/And/3");
  }

  @Test
  void rejectsAnEmptyJunction() throws Exception {
    assertThat(parse("{'Or': [], 'Next': 'N'}")).isNull();
    assertThat(problems())
        .containsExactly("SCHEMA_VALIDATION_FAILED: Value cannot be empty at " + AT + "/Or");
  }

  @Test
  void rejectsJsonataFieldsInJsonPathChoices() throws Exception {
    assertThat(parse("{'Condition': '{% true %}', 'Next': 'N'}")).isNull();
    assertThat(problems()).isNotEmpty();
  }

  @Test
  void parsesAJsonataCondition() throws Exception {
    ChoiceRule.Choice choice =
        parse(
            "{'Condition': '{% $states.input.cost < 10 %}', 'Next': 'N',"
                + " 'Assign': {'a': '{% 1 %}'}, 'Output': 'out'}",
            QueryLanguage.JSONATA);

    assertThat(problems()).isEmpty();
    assertThat(choice.rule()).isEqualTo(new ChoiceRule.Condition("$states.input.cost < 10"));
    assertThat(choice.assign()).isNotNull();
    assertThat(choice.output().source().textValue()).isEqualTo("out");
  }

  @Test
  void acceptsAConstantJsonataCondition() throws Exception {
    ChoiceRule.Choice choice = parse("{'Condition': true, 'Next': 'N'}", QueryLanguage.JSONATA);

    assertThat(choice.rule()).isEqualTo(new ChoiceRule.Condition("true"));
  }

  @Test
  void rejectsJsonPathFieldsAndPlainStringsInJsonataChoices() throws Exception {
    assertThat(
            parse(
                "{'Condition': 'cost < 10', 'Variable': '$.a', 'Next': 'N'}",
                QueryLanguage.JSONATA))
        .isNull();
    assertThat(problems())
        .containsExactlyInAnyOrder(
            "SCHEMA_VALIDATION_FAILED: Field 'Variable' is not supported at " + AT,
            "SCHEMA_VALIDATION_FAILED: The field 'Condition' must be a boolean or a JSONata"
                + " expression written as {% ... %} at "
                + AT
                + "/Condition");
  }

  @Test
  void requiresAConditionInJsonataChoices() throws Exception {
    assertThat(parse("{'Next': 'N'}", QueryLanguage.JSONATA)).isNull();
    assertThat(problems())
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The field 'Condition' is required but was missing at " + AT);
  }

  @Test
  void rejectsAChoiceThatIsNotAnObject() throws Exception {
    assertThat(parse("['Next']")).isNull();
    assertThat(problems())
        .containsExactly("SCHEMA_VALIDATION_FAILED: A choice rule must be a JSON object at " + AT);
  }
}
