package io.stepwise.bench.micro;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
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
 * A payload template (Parameters, ResultSelector, ItemSelector): W4's increment, with an intrinsic
 * call, and a mix of paths, a context-object path and literals.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC", "-XX:ParallelGCThreads=2"})
@State(Scope.Thread)
public class TemplateBenchmark {
  @Param({"w4Increment", "orderSummary"})
  public String template;

  private PayloadTemplate compiled;
  private JsonNode input;

  @Setup
  public void compile() throws AslSyntaxException {
    String source =
        switch (template) {
          case "w4Increment" ->
              """
              {"n.$": "States.MathAdd($.n, 1)", "limit.$": "$.limit"}""";
          case "orderSummary" ->
              """
              {"id.$": "$.order.id", "customer.$": "$.order.customer.name",
               "first.$": "$.order.items[0]", "source": "bench", "tags": ["a", "b"],
               "execution.$": "$$.Execution.Id"}""";
          default -> throw new IllegalArgumentException("Unknown template " + template);
        };
    compiled = PayloadTemplate.compile(Samples.json(source), QueryLanguage.JSONPATH);
    input = Samples.ORDER;
  }

  @Benchmark
  public void evaluate(Blackhole blackhole) throws DataFlowException {
    blackhole.consume(DataFlow.evaluate(compiled, input, Samples.CONTEXT));
  }
}
