package io.stepwise.bench.micro;

import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.intrinsic.IntrinsicCall;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.intrinsic.IntrinsicEvaluator;
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

/** An intrinsic function call with path arguments, compiled once. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC", "-XX:ParallelGCThreads=2"})
@State(Scope.Thread)
public class IntrinsicBenchmark {
  @Param({"mathAdd", "format"})
  public String call;

  private IntrinsicCall compiled;

  @Setup
  public void compile() throws AslSyntaxException {
    compiled =
        IntrinsicCall.parse(
            switch (call) {
              case "mathAdd" -> "States.MathAdd($.n, 1)";
              case "format" ->
                  "States.Format('Order {} for {} totals {}', $.order.id,"
                      + " $.order.customer.name, $.order.total)";
              default -> throw new IllegalArgumentException("Unknown call " + call);
            });
  }

  @Benchmark
  public void evaluate(Blackhole blackhole) throws DataFlowException {
    blackhole.consume(IntrinsicEvaluator.evaluate(compiled, "x.$", Samples.ORDER, Samples.CONTEXT));
  }
}
