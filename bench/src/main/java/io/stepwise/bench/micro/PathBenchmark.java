package io.stepwise.bench.micro;

import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.path.JsonPath;
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

/** A reference path (InputPath, OutputPath, ItemsPath) applied to a small order document. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC", "-XX:ParallelGCThreads=2"})
@State(Scope.Thread)
public class PathBenchmark {
  @Param({
    "$.order.customer.name",
    "$.order.items[1].price",
    "$.order.items[*].sku",
    "$$.Execution.Id"
  })
  public String path;

  private PathField field;

  @Setup
  public void compile() throws AslSyntaxException {
    field = new PathField.Select(JsonPath.parse(path));
  }

  @Benchmark
  public void selectPath(Blackhole blackhole) throws DataFlowException {
    blackhole.consume(DataFlow.selectPath(field, "InputPath", Samples.ORDER, Samples.CONTEXT));
  }
}
