package io.stepwise.bench.micro;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ChoiceState;
import io.stepwise.bench.WorkloadFiles;
import io.stepwise.bench.WorkloadId;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.choice.ChoiceEvaluator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Deciding a Choice state: W4's loop test (a NumericLessThanPath between two paths), and a compound
 * rule that is true only after every comparison in it ran.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC", "-XX:ParallelGCThreads=2"})
@State(Scope.Thread)
public class ChoiceBenchmark {
  private static final String COMPOUND =
      """
      {"StartAt": "C", "States": {
        "C": {"Type": "Choice", "Default": "Other", "Choices": [{
          "And": [
            {"Variable": "$.order.customer.tier", "StringEquals": "gold"},
            {"Variable": "$.order.total", "NumericGreaterThan": 10},
            {"Not": {"Variable": "$.order.coupon", "IsPresent": true}},
            {"Or": [{"Variable": "$.order.items[0].sku", "StringMatches": "x*"},
                    {"Variable": "$.n", "NumericLessThanPath": "$.limit"}]}],
          "Next": "Match"}]},
        "Match": {"Type": "Succeed"},
        "Other": {"Type": "Succeed"}}}""";

  @Param({"w4Check", "compound"})
  public String rule;

  private ChoiceEvaluator evaluator;
  private JsonNode input;

  @Setup
  public void compile() throws DataFlowException {
    ChoiceState state =
        switch (rule) {
          case "w4Check" ->
              (ChoiceState)
                  WorkloadFiles.locate().load(WorkloadId.W4).machine().workflow().state("Check");
          case "compound" -> (ChoiceState) Samples.state(COMPOUND, "C");
          default -> throw new IllegalArgumentException("Unknown rule " + rule);
        };
    evaluator = ChoiceEvaluator.compile(state.choices());
    input = Samples.ORDER;
    if (evaluator.select(input, Samples.CONTEXT) == null) {
      throw new IllegalStateException("Expected the rule to match, so that every comparison runs");
    }
  }

  @Benchmark
  public void select(Blackhole blackhole) throws DataFlowException {
    blackhole.consume(evaluator.select(input, Samples.CONTEXT));
  }
}
