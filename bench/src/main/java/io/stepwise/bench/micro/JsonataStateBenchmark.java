package io.stepwise.bench.micro;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import io.stepwise.engine.Command;
import io.stepwise.engine.Engine;
import io.stepwise.engine.ExecutionIdentity;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A typical JSONata state: a Pass state whose {@code Output} builds an object from {@code
 * $states.input} and a variable, and whose {@code Assign} sets two variables, one read from the
 * input and one computed from the previous value. A chain of ten such states runs as one engine
 * decision (after one Pass that sets the first count), so a figure is about the cost of one JSONata
 * state with its transition and events.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC", "-XX:ParallelGCThreads=2"})
@State(Scope.Thread)
public class JsonataStateBenchmark {
  private static final int STATES = 10;

  private final Engine engine = new Engine(chain());
  private final ExecutionIdentity identity = ExecutionIdentity.local("StateMachine", "execution");
  private final JsonNode input = Samples.ORDER;

  /** One JSONata Pass state with Output and Assign: a chain of ten divided by its ten states. */
  @Benchmark
  @OperationsPerInvocation(STATES)
  public void jsonataPassState(Blackhole blackhole) {
    blackhole.consume(engine.decide(engine.newExecution(identity), new Command.Start(input), 0L));
  }

  private static io.stepwise.asl.model.StateMachine chain() {
    ParseResult parsed = DefinitionParser.parse(definition());
    if (!parsed.isValid()) {
      throw new IllegalStateException("Expected a valid definition: " + parsed.diagnostics());
    }
    return parsed.machine();
  }

  private static String definition() {
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < STATES; i++) {
      String next = i + 1 < STATES ? "\"Next\": \"S" + (i + 1) + "\"" : "\"End\": true";
      states
          .append(i == 0 ? "" : ",")
          .append(
              """
              "S%d": {"Type": "Pass",
                "Output": {"order": "{%% $states.input.order %%}",
                           "customer": "{%% $states.input.order.customer.name %%}",
                           "count": "{%% $count %%}"},
                "Assign": {"tier": "{%% $states.input.order.customer.tier %%}",
                           "count": "{%% $count + 1 %%}"},
                %s}
              """
                  .formatted(i, next));
    }
    return """
        {"QueryLanguage": "JSONata", "StartAt": "Init",
         "States": {"Init": {"Type": "Pass", "Assign": {"count": 0}, "Next": "S0"}, %s}}
        """
        .formatted(states);
  }
}
