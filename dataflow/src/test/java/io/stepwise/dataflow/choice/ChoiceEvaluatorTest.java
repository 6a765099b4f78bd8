package io.stepwise.dataflow.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.choice.ChoiceRuleParser;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.Failure;
import io.stepwise.dataflow.FixedEvaluationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceEvaluatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static ChoiceEvaluator evaluator(String... rules) throws Exception {
    List<ChoiceRule.Choice> choices = new ArrayList<>();
    Diagnostics diagnostics = new Diagnostics();
    for (int i = 0; i < rules.length; i++) {
      JsonNode choice = json("{" + rules[i] + ", 'Next': 'N" + i + "'}");
      choices.add(
          ChoiceRuleParser.parseChoice(
              choice, "/Choices/" + i, QueryLanguage.JSONPATH, diagnostics));
    }
    assertThat(diagnostics.toList()).isEmpty();
    return ChoiceEvaluator.compile(choices);
  }

  /** Whether a single rule holds for {@code input}, whose {@code v} the rules mostly test. */
  private static boolean holds(String rule, String input) throws Exception {
    return evaluator(rule).select(json(input), FixedEvaluationContext.empty()) != null;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "'StringEquals': 'Hello' | {'v': 'Hello'} | true",
        "'StringEquals': 'Hello' | {'v': 'hello'} | false",
        "'StringEquals': '1' | {'v': 1} | false",
        "'StringLessThan': 'AB' | {'v': 'A'} | true",
        "'StringLessThan': 'a' | {'v': 'Z'} | true",
        "'StringGreaterThan': 'A ' | {'v': 'A'} | false",
        "'StringGreaterThanEquals': '' | {'v': ''} | true",
        "'StringLessThanEquals': 'AB' | {'v': 'AB'} | true",
        "'StringEqualsPath': '$.w' | {'v': 'x', 'w': 'x'} | true",
        "'StringLessThanPath': '$.w' | {'v': 'x', 'w': 5} | false",
      })
  void comparesStrings(String operator, String input, boolean expected) throws Exception {
    assertThat(holds("'Variable': '$.v', " + operator, input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "'NumericEquals': 1 | {'v': 1.0} | true",
        "'NumericEquals': 0 | {'v': -0.0} | true",
        "'NumericEquals': 100 | {'v': 1e2} | true",
        "'NumericEquals': 2.22 | {'v': 2.22} | true",
        "'NumericEquals': 1 | {'v': 1.1} | false",
        "'NumericEquals': 9007199254740993 | {'v': 9007199254740992} | false",
        "'NumericEquals': 1e30 | {'v': 1000000000000000000000000000000} | true",
        "'NumericEquals': 0 | {'v': '0'} | false",
        "'NumericEquals': 0 | {'v': false} | false",
        "'NumericEquals': 0 | {'v': null} | false",
        "'NumericLessThan': 1 | {'v': 0.999} | true",
        "'NumericLessThan': -1 | {'v': -1} | false",
        "'NumericGreaterThan': 9223372036854775807 | {'v': 9223372036854775808} | true",
        "'NumericLessThanEquals': 1.5 | {'v': 1.5} | true",
        "'NumericGreaterThanEquals': 2 | {'v': 1.99} | false",
        "'NumericEqualsPath': '$.w' | {'v': 3, 'w': 3.0} | true",
        "'NumericGreaterThanPath': '$.w' | {'v': 3, 'w': '2'} | false",
      })
  void comparesNumbersByValue(String operator, String input, boolean expected) throws Exception {
    assertThat(holds("'Variable': '$.v', " + operator, input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "'BooleanEquals': true | {'v': true} | true",
        "'BooleanEquals': false | {'v': true} | false",
        "'BooleanEquals': false | {'v': 0} | false",
        "'BooleanEquals': true | {'v': 'true'} | false",
        "'BooleanEqualsPath': '$.w' | {'v': false, 'w': false} | true",
        "'BooleanEqualsPath': '$.w' | {'v': false, 'w': null} | false",
      })
  void comparesBooleans(String operator, String input, boolean expected) throws Exception {
    assertThat(holds("'Variable': '$.v', " + operator, input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "'TimestampEquals': '2012-10-09T19:00:55Z' | {'v': '2012-10-09T20:00:55+01:00'} | true",
        "'TimestampEquals': '2012-10-09T19:00:55Z' | {'v': '2012-10-09T19:00:55.000000Z'} | true",
        "'TimestampEquals': '2012-10-09T19:00:55Z' | {'v': '2012-10-09T19:00:55'} | false",
        "'TimestampEquals': '2012-10-09T19:00:55Z' | {'v': '2012-10-09 19:00:55Z'} | false",
        "'TimestampEquals': '2012-10-09T19:00:55Z' | {'v': 1349809255} | false",
        "'TimestampLessThan': '2012-10-09T19:00:55Z' | {'v': '2012-10-09T19:00:54.999999999Z'} | true",
        "'TimestampGreaterThan': '2012-10-09T19:00:55Z' | {'v': '2012-10-09T19:00:55Z'} | false",
        "'TimestampLessThanEquals': '2012-10-09T19:00:55Z' | {'v': '2012-10-09T19:00:55Z'} | true",
        "'TimestampGreaterThanEquals': '2012-10-09T19:00:55Z' | {'v': '2013-01-01T00:00:00Z'} | true",
        "'TimestampGreaterThanPath': '$.w' | {'v': '2012-10-09T19:00:56Z', 'w': '2012-10-09T19:00:55Z'} | true",
        "'TimestampEqualsPath': '$.w' | {'v': '2012-10-09T19:00:55Z', 'w': 'soon'} | false",
      })
  void comparesTimestampsAsInstants(String operator, String input, boolean expected)
      throws Exception {
    assertThat(holds("'Variable': '$.v', " + operator, input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "log-*.txt | log-2020-01.txt | true",
        "log-*.txt | log-.txt | true",
        "log-*.txt | log-2020.csv | false",
        "* | \"\" | true",
        "a*b*c | abc | true",
        "a*b*c | aXbYbZc | true",
        "a*b*c | acb | false",
        "*aa | aa | true",
        "aa*aa | aaa | false",
        "exact | exact | true",
        "exact | exactly | false",
        "\\\\* | * | true",
        "\\\\* | x | false",
        "a\\\\*b* | a*bcd | true",
        "a\\\\*b* | axbcd | false",
        "\\\\\\\\ | \\ | true",
        "\\\\\\\\* | \\tail | true",
      })
  void matchesWildcardPatterns(String pattern, String text, boolean expected) throws Exception {
    String rule = "\"Variable\": \"$.v\", \"StringMatches\": \"" + pattern + "\"";
    JsonNode input = JSON.createObjectNode().put("v", text);
    ChoiceEvaluator evaluator = ChoiceEvaluator.compile(List.of(parse(rule)));

    assertThat(evaluator.select(input, FixedEvaluationContext.empty()) != null).isEqualTo(expected);
  }

  @Test
  void matchesOnlyStrings() throws Exception {
    assertThat(holds("'Variable': '$.v', 'StringMatches': '*'", "{'v': 1}")).isFalse();
    assertThat(holds("'Variable': '$.v', 'StringMatches': '*'", "{'v': null}")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "IsNull | null | true",
        "IsNull | 'null' | false",
        "IsNumeric | 0.0 | true",
        "IsNumeric | '1' | false",
        "IsString | '' | true",
        "IsString | [''] | false",
        "IsBoolean | false | true",
        "IsBoolean | 'false' | false",
        "IsTimestamp | '2016-03-05T21:29:29.243167252Z' | true",
        "IsTimestamp | '2023-02-24' | false",
        "IsTimestamp | 1 | false",
        "IsPresent | null | true",
      })
  void testsTypes(String operator, String value, boolean expected) throws Exception {
    String input = "{'v': " + value + "}";
    assertThat(holds("'Variable': '$.v', '" + operator + "': true", input)).isEqualTo(expected);
    assertThat(holds("'Variable': '$.v', '" + operator + "': false", input)).isEqualTo(!expected);
  }

  @Test
  void isPresentToleratesAMissingVariable() throws Exception {
    assertThat(holds("'Variable': '$.missing', 'IsPresent': false", "{}")).isTrue();
    assertThat(holds("'Variable': '$.missing', 'IsPresent': true", "{}")).isFalse();
    assertThat(holds("'Variable': '$undefined', 'IsPresent': true", "{}")).isFalse();
  }

  @Test
  void failsTheStateWhenTheVariableIsMissing() throws Exception {
    ChoiceEvaluator evaluator = evaluator("'Variable': '$.a.b', 'IsNull': true");

    assertThatThrownBy(() -> evaluator.select(json("{'a': {}}"), FixedEvaluationContext.empty()))
        .isInstanceOfSatisfying(
            DataFlowException.class,
            e ->
                assertThat(e.failure())
                    .isEqualTo(
                        new Failure(
                            "States.Runtime",
                            "Invalid path '$.a.b': The choice state's condition path references"
                                + " an invalid value.")));
  }

  @Test
  void failsTheStateWhenAnOperandPathIsMissing() throws Exception {
    ChoiceEvaluator evaluator = evaluator("'Variable': '$.a', 'NumericEqualsPath': '$.b'");

    assertThatThrownBy(() -> evaluator.select(json("{'a': 1}"), FixedEvaluationContext.empty()))
        .isInstanceOfSatisfying(
            DataFlowException.class,
            e -> assertThat(e.failure().cause()).startsWith("Invalid path '$.b':"));
  }

  @Test
  void readsVariablesAndTheContextObject() throws Exception {
    ChoiceEvaluator evaluator =
        evaluator(
            "'Variable': '$guess', 'StringEqualsPath': '$$.Execution.Input.answer'",
            "'Variable': '$guess', 'IsString': true");
    FixedEvaluationContext context =
        new FixedEvaluationContext(
            json("{'Execution': {'Input': {'answer': 'yes'}}}"),
            Map.of("guess", json("'no'")),
            new Random(7),
            FixedEvaluationContext.NOW);

    assertThat(evaluator.select(json("{}"), context).next()).isEqualTo("N1");
  }

  @Test
  void combinesRules() throws Exception {
    ChoiceEvaluator evaluator =
        evaluator(
            "'Not': {'Variable': '$.type', 'StringEquals': 'Private'}",
            "'Variable': '$.value', 'NumericEquals': 0",
            "'And': [{'Variable': '$.value', 'NumericGreaterThanEquals': 20},"
                + " {'Variable': '$.value', 'NumericLessThan': 30}]",
            "'Or': [{'Variable': '$.value', 'NumericEquals': 1},"
                + " {'Variable': '$.value', 'NumericEquals': 2}]");

    assertThat(
            evaluator
                .select(json("{'type': 'Public', 'value': 22}"), FixedEvaluationContext.empty())
                .next())
        .isEqualTo("N0");
    assertThat(
            evaluator
                .select(json("{'type': 'Private', 'value': 0}"), FixedEvaluationContext.empty())
                .next())
        .isEqualTo("N1");
    assertThat(
            evaluator
                .select(json("{'type': 'Private', 'value': 22}"), FixedEvaluationContext.empty())
                .next())
        .isEqualTo("N2");
    assertThat(
            evaluator
                .select(json("{'type': 'Private', 'value': 2}"), FixedEvaluationContext.empty())
                .next())
        .isEqualTo("N3");
    assertThat(
            evaluator.select(
                json("{'type': 'Private', 'value': 3}"), FixedEvaluationContext.empty()))
        .isNull();
  }

  @Test
  void leavesJsonataConditionsToTheJsonataEvaluator() {
    ChoiceRule.Choice condition =
        new ChoiceRule.Choice(new ChoiceRule.Condition("true"), "N", null, null);

    assertThatThrownBy(() -> ChoiceEvaluator.compile(List.of(condition)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ChoiceRule.Choice parse(String rule) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    ChoiceRule.Choice choice =
        ChoiceRuleParser.parseChoice(
            JSON.readTree("{" + rule + ", \"Next\": \"N\"}"),
            "/Choices/0",
            QueryLanguage.JSONPATH,
            diagnostics);
    assertThat(diagnostics.toList()).isEmpty();
    return choice;
  }
}
