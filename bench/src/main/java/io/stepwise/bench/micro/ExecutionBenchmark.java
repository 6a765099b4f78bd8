package io.stepwise.bench.micro;

import io.stepwise.bench.Workload;
import io.stepwise.bench.WorkloadFiles;
import io.stepwise.bench.WorkloadId;
import io.stepwise.engine.Command;
import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.runtime.InMemoryRuntime;
import io.stepwise.runtime.RunOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whole executions with the in-memory runtime, which append every history event: W1 (the fixed cost
 * of an execution), W2 per Pass transition, W4 (Choice, paths and MathAdd, 2,003 states), and W1's
 * single engine decision without the runtime around it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC", "-XX:ParallelGCThreads=2"})
@State(Scope.Thread)
public class ExecutionBenchmark {
  private final InMemoryRuntime runtime = new InMemoryRuntime();
  private final ExecutionIdentity identity = ExecutionIdentity.local("StateMachine", "execution");
  private RunOptions options;
  private Workload w1;
  private Workload w2;
  private Workload w4;

  @Setup
  public void load() {
    WorkloadFiles files = WorkloadFiles.locate();
    w1 = files.load(WorkloadId.W1);
    w2 = files.load(WorkloadId.W2);
    w4 = files.load(WorkloadId.W4);
    options = RunOptions.defaults();
  }

  @Benchmark
  public void w1Execution(Blackhole blackhole) {
    blackhole.consume(runtime.run(w1.engine(), w1.input(), options));
  }

  /** One Pass transition: an execution of the 100-state chain divided by its 100 states. */
  @Benchmark
  @OperationsPerInvocation(100)
  public void w2PassTransition(Blackhole blackhole) {
    blackhole.consume(runtime.run(w2.engine(), w2.input(), options));
  }

  @Benchmark
  public void w4Execution(Blackhole blackhole) {
    blackhole.consume(runtime.run(w4.engine(), w4.input(), options));
  }

  /** The engine alone: a new execution state and the decision that starts (and ends) W1. */
  @Benchmark
  public void w1EngineDecide(Blackhole blackhole) {
    blackhole.consume(
        w1.engine().decide(w1.engine().newExecution(identity), new Command.Start(w1.input()), 0L));
  }
}
