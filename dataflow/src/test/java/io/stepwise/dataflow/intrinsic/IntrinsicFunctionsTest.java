package io.stepwise.dataflow.intrinsic;

import static io.stepwise.dataflow.Json.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.intrinsic.IntrinsicCall;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.FixedEvaluationContext;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntrinsicFunctionsTest {
  private static final JsonNode INPUT =
      parse(
          "{'name': 'ada', 'n': 3, 'list': [1, 2, 2, 'x', 'x', {'k': 1}, {'k': 1}],"
              + " 'obj': {'a': 1, 'b': [true, null]}, 'text': '{\\'a\\': [1, 2]}'}");

  private static JsonNode eval(String call) throws Exception {
    return IntrinsicEvaluator.evaluate(
        IntrinsicCall.parse(call), "f.$", INPUT, FixedEvaluationContext.empty());
  }

  private static void assertFails(String call, String error) {
    assertThatThrownBy(() -> eval(call))
        .isInstanceOfSatisfying(
            DataFlowException.class, e -> assertThat(e.failure().error()).isEqualTo(error));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "States.Format('Hello, {}!', $.name) => 'Hello, ada!'",
        "States.Format('{} and {}', $.n, $.obj) => '3 and {a=1, b=[true, null]}'",
        "States.Format('escaped \\{} {}', $.list[3]) => 'escaped {} x'",
        "States.StringToJson($.text) => {'a': [1, 2]}",
        "States.StringToJson('  ') => null",
        "States.JsonToString($.obj) => \"{\\\"a\\\":1,\\\"b\\\":[true,null]}\"",
        "States.Array(1, 'two', $.name, States.Array()) => [1, 'two', 'ada', []]",
        "States.ArrayPartition(States.ArrayRange(1, 5, 1), 2) => [[1, 2], [3, 4], [5]]",
        "States.ArrayContains($.list, $.obj.a) => true",
        "States.ArrayContains($.list, 'y') => false",
        "States.ArrayRange(10, 1, -3) => [10, 7, 4, 1]",
        "States.ArrayRange(1, 0, 1) => []",
        "States.ArrayGetItem($.list, 3) => 'x'",
        "States.ArrayLength($.list) => 7",
        "States.ArrayUnique($.list) => [1, 2, 'x', {'k': 1}]",
        "States.Base64Encode('Data to encode') => 'RGF0YSB0byBlbmNvZGU='",
        "States.Base64Decode('RGF0YSB0byBlbmNvZGU=') => 'Data to encode'",
        "States.Hash('input data', 'SHA-256') => 'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3'",
        "States.Hash('input data', 'MD5') => '812f45842bc6d66ee14572ce20db8e86'",
        "States.JsonMerge($.obj, States.StringToJson('{\"b\": 2, \"c\": 3}'), false) => {'a': 1, 'b': 2, 'c': 3}",
        "States.MathAdd($.n, -10) => -7",
        "States.MathAdd(2.5, -2.5) => 1",
        "States.StringSplit('a,b;;c', ',;') => ['a', 'b', 'c']",
        "States.ArrayGetItem(States.StringSplit($.name, 'd'), States.MathAdd(0, 1)) => 'a'",
      })
  void computesWhatAwsComputes(String call, String expected) throws Exception {
    assertThat(eval(call)).isEqualTo(parse(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "States.ArrayGetItem($.list, 7)",
        "States.ArrayGetItem($.list, -1)",
        "States.ArrayPartition($.list, 0)",
        "States.ArrayRange(0, 1000, 1)",
        "States.ArrayRange(0, 10, 0)",
        "States.ArrayRange(0, 1.5, 1)",
        "States.ArrayLength($.name)",
        "States.StringToJson('{oops')",
        "States.StringToJson('1 2')",
        "States.Base64Decode('***')",
        "States.Hash('x', 'SHA-3')",
        "States.JsonMerge($.obj, $.obj, true)",
        "States.JsonMerge($.obj, $.list, false)",
        "States.MathAdd($.name, 1)",
        "States.MathRandom(5, 5)",
        "States.StringSplit($.n, ',')",
        "States.Format($.name, 1)",
      })
  void rejectsArgumentsAsAwsDoes(String call) {
    assertFails(call, ErrorNames.INTRINSIC_FAILURE);
  }

  @Test
  void aPathArgumentThatMatchesNothingIsARuntimeError() {
    assertThatThrownBy(() -> eval("States.Format('{}', $.missing)"))
        .isInstanceOfSatisfying(
            DataFlowException.class,
            e -> {
              assertThat(e.failure().error()).isEqualTo(ErrorNames.RUNTIME);
              assertThat(e.failure().cause())
                  .startsWith("The JSONPath '$.missing' specified for the field 'f.$'");
            });
  }

  @Test
  void aRangeOfExactlyAThousandIsAllowed() throws Exception {
    assertThat(eval("States.ArrayRange(1, 1000, 1)").size()).isEqualTo(1000);
  }

  @Test
  void anInputLongerThanTenThousandCharactersIsRefused() throws Exception {
    JsonNode input = parse("{'s': '" + "a".repeat(10_001) + "'}");
    IntrinsicCall call = IntrinsicCall.parse("States.Base64Encode($.s)");
    assertThatThrownBy(
            () -> IntrinsicEvaluator.evaluate(call, "f.$", input, FixedEvaluationContext.empty()))
        .isInstanceOf(DataFlowException.class);
  }

  @Test
  void randomnessComesFromTheContext() throws Exception {
    IntrinsicCall uuid = IntrinsicCall.parse("States.UUID()");
    IntrinsicCall random = IntrinsicCall.parse("States.MathRandom(1, 1000)");
    var first = new FixedEvaluationContext(parse("{}"), Map.of(), new Random(42));
    var second = new FixedEvaluationContext(parse("{}"), Map.of(), new Random(42));
    String id = IntrinsicEvaluator.evaluate(uuid, "f.$", INPUT, first).textValue();
    assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(IntrinsicEvaluator.evaluate(uuid, "f.$", INPUT, second).textValue()).isEqualTo(id);
    int number = IntrinsicEvaluator.evaluate(random, "f.$", INPUT, first).intValue();
    assertThat(number).isBetween(1, 999);
  }

  @Test
  void aSeededMathRandomIsRepeatableAndInRange() throws Exception {
    JsonNode first = eval("States.MathRandom(0, 999, 3)");
    assertThat(eval("States.MathRandom(0, 999, 3)")).isEqualTo(first);
    assertThat(first.intValue()).isBetween(0, 998);
  }
}
