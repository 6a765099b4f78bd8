package io.stepwise.dataflow.jsonata;

import static io.stepwise.dataflow.Json.parse;
import static io.stepwise.dataflow.jsonata.JsonataEvaluatorTest.evaluate;
import static io.stepwise.dataflow.jsonata.JsonataEvaluatorTest.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.dataflow.FixedEvaluationContext;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StepFunctionsFunctionsTest {

  @Test
  void partitionSplitsIntoChunksOfTheGivenSize() throws Exception {
    assertThat(evaluate("$partition([1, 2, 3, 4, 5], 2)"))
        .isEqualTo(parse("[[1, 2], [3, 4], [5]]"));
    assertThat(evaluate("$partition([0], 1)")).isEqualTo(parse("[[0]]"));
    assertThat(evaluate("$partition([], 3)")).isEqualTo(parse("[]"));
    assertThat(failure("$partition([1], 0)"))
        .endsWith(
            "threw an error during evaluation: Function \"partition\": The chunk size argument"
                + " must be a positive integer");
    assertThat(failure("$partition('abc', 1)")).endsWith("Argument 1 must be an array");
  }

  @Test
  void rangeCountsFromStartToEndByStep() throws Exception {
    assertThat(evaluate("$range(0, 10, 2)")).isEqualTo(parse("[0, 2, 4, 6, 8, 10]"));
    assertThat(evaluate("$range(10, 1, -4)")).isEqualTo(parse("[10, 6, 2]"));
    assertThat(evaluate("$range(1, 9, 9)")).isEqualTo(parse("1"));
    assertThat(failure("$range(1, 9, 0)")).endsWith("The step argument must not be zero");
    assertThat(failure("$range(1, 9)")).endsWith("Expected 3 arguments, but got 2");
    assertThat(failure("$range(1.5, 9, 1)")).endsWith("Argument 1 must be an integer");
  }

  @Test
  void hashGivesTheHexDigestOfEachAlgorithm() throws Exception {
    assertThat(evaluate("$hash('abc', 'MD5')"))
        .isEqualTo(parse("'900150983cd24fb0d6963f7d28e17f72'"));
    assertThat(evaluate("$hash('abc', 'SHA-1')"))
        .isEqualTo(parse("'a9993e364706816aba3e25717850c26c9cd0d89d'"));
    assertThat(evaluate("$hash('abc', 'SHA-256')"))
        .isEqualTo(parse("'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'"));
    assertThat(evaluate("$hash('abc', 'SHA-384')").textValue()).hasSize(96);
    assertThat(evaluate("$hash('abc', 'SHA-512')").textValue()).hasSize(128);
    assertThat(failure("$hash('abc', 'SHA-3')"))
        .endsWith("The hash algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
  }

  @Test
  void randomIsBetweenZeroAndOneAndRepeatsWithASeed() throws Exception {
    double unseeded = evaluate("$random()").doubleValue();
    assertThat(unseeded).isBetween(0.0, 1.0).isNotEqualTo(1.0);
    assertThat(evaluate("$random(42)")).isEqualTo(evaluate("$random(42)"));
    assertThat(evaluate("$random(42)")).isNotEqualTo(evaluate("$random(43)"));
    assertThat(evaluate("[$random(7), $random(7)]").get(0))
        .isEqualTo(evaluate("[$random(7), $random(7)]").get(1));
  }

  @Test
  void randomAndUuidDrawFromTheContextsGenerator() throws Exception {
    assertThat(twice("$random()")).isTrue();
    assertThat(twice("$uuid()")).isTrue();
  }

  /** Whether two contexts seeded alike give the same value. */
  private static boolean twice(String expression) throws Exception {
    CompiledJsonata compiled = CompiledJsonata.compile(expression);
    JsonNode first = evaluateWithSeed(compiled, 11);
    return first.equals(evaluateWithSeed(compiled, 11))
        && !first.equals(evaluateWithSeed(compiled, 12));
  }

  private static JsonNode evaluateWithSeed(CompiledJsonata compiled, long seed) throws Exception {
    FixedEvaluationContext context =
        new FixedEvaluationContext(parse("{}"), Map.of(), new Random(seed));
    return JsonataEvaluator.evaluate(
        compiled, "Output", StatesBinding.ofInput(parse("{}")), context);
  }

  @Test
  void uuidIsAVersionFourUuid() throws Exception {
    UUID uuid = UUID.fromString(evaluate("$uuid()").textValue());
    assertThat(uuid.version()).isEqualTo(4);
    assertThat(uuid.variant()).isEqualTo(2);
    assertThat(evaluate("$uuid()")).isNotEqualTo(evaluate("$uuid()"));
  }

  @Test
  void nowAndMillisReadTheContextsClock() throws Exception {
    Instant at = Instant.parse("2024-11-22T10:15:30.250Z");
    EvaluationContext context = FixedEvaluationContext.at(at);
    StatesBinding states = StatesBinding.ofInput(parse("{}"));
    assertThat(
            JsonataEvaluator.evaluate(
                CompiledJsonata.compile("[$now(), $millis(), $now() = $now()]"),
                "Output",
                states,
                context))
        .isEqualTo(parse("['2024-11-22T10:15:30.250Z', 1732270530250, true]"));
  }

  @Test
  void parseReadsJsonText() throws Exception {
    assertThat(evaluate("$parse('{\"a\": [1, 2.5, null, true]}')"))
        .isEqualTo(parse("{'a': [1, 2.5, null, true]}"));
    assertThat(evaluate("$parse('-0')")).isEqualTo(parse("0"));
    assertThat(evaluate("$parse('\"text\"')")).isEqualTo(parse("'text'"));
    assertThat(failure("$parse('{')")).endsWith("The argument is not a valid JSON string: {");
  }
}
