package io.stepwise.bench;

import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.ExecutionResult;
import io.stepwise.runtime.InMemoryRuntime;
import io.stepwise.runtime.RunOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The workloads run in-process with the in-memory runtime, as a test suite or the CLI runs them:
 * each machine compiled once, each thread with its own run options (a virtual clock), every result
 * checked.
 */
public final class InProcessMode implements Mode {
  public static final String NAME = "in-process";

  private static final String ARN_PREFIX = "arn:aws:states:us-east-1:123456789012:";
  private static final ExecutionIdentity EXPRESS_IDENTITY =
      new ExecutionIdentity(
          ARN_PREFIX + "express:bench:w3:1",
          "w3",
          ARN_PREFIX + "stateMachine:bench",
          "bench",
          null,
          "us-east-1");

  private final InMemoryRuntime runtime = new InMemoryRuntime();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Figure> figures(WorkloadFiles files, Settings settings) {
    List<Figure> figures = new ArrayList<>();
    if (settings.includes(WorkloadId.W1)) {
      Workload w1 = files.load(WorkloadId.W1);
      figures.add(throughput(w1, settings, 1, "one Pass, 1 thread", "executions/s", 1));
      figures.add(
          throughput(
              w1,
              settings,
              settings.threads(),
              "one Pass, " + settings.threads() + " threads",
              "executions/s",
              1));
    }
    if (settings.includes(WorkloadId.W2)) {
      Workload w2 = files.load(WorkloadId.W2);
      figures.add(
          throughput(
              w2, settings, 1, "100 Pass chain, 1 thread", "transitions/s", statesEntered(w2)));
    }
    if (settings.includes(WorkloadId.W3)) {
      figures.add(mapOverItems(files.load(WorkloadId.W3)));
    }
    if (settings.includes(WorkloadId.W4)) {
      Workload w4 = files.load(WorkloadId.W4);
      figures.add(
          throughput(
              w4, settings, 1, "Choice + MathAdd loop, 1 thread", "states/s", statesEntered(w4)));
    }
    if (settings.includes(WorkloadId.W5)) {
      WaitingExecutions w5 = new WaitingExecutions(runtime, files.load(WorkloadId.W5));
      figures.add(w5.timing(settings.waitingExecutions()));
      figures.add(w5.retainedHeap(settings.waitingExecutions()));
    }
    return figures;
  }

  /**
   * Units of work per second, where each execution of the workload does {@code unitsPerExecution}.
   */
  private Figure throughput(
      Workload workload,
      Settings settings,
      int threads,
      String how,
      String unit,
      long unitsPerExecution) {
    Figure.Sampler sampler =
        () ->
            new double[] {
              Throughput.perSecond(
                  settings.sampleTime(), threads, () -> executions(workload, unitsPerExecution))
            };
    return Figure.single(workload.id(), NAME, how, unit, sampler);
  }

  /**
   * Each result is kept until the next one, so that it escapes to the heap as it does for a caller
   * that uses it: otherwise the JIT may take a whole execution apart and never build its history.
   */
  private LongSupplier executions(Workload workload, long unitsPerExecution) {
    RunOptions options = RunOptions.defaults();
    ExecutionResult[] last = new ExecutionResult[1];
    return () -> {
      last[0] = run(workload, options);
      return unitsPerExecution;
    };
  }

  /**
   * W3: the wall time of one execution of a Map over every item of the input. It runs as an Express
   * execution: a Standard one writes four history events an item, 40,000 in all, past AWS's limit
   * of 25,000, where AWS (and Stepwise) fail it; an Express execution keeps no history.
   */
  private Figure mapOverItems(Workload workload) {
    int items = workload.input().path("items").size();
    Figure.Sampler sampler =
        () -> {
          long start = System.nanoTime();
          ExecutionResult result =
              requireSucceeded(
                  workload,
                  runtime.run(
                      workload.engine(),
                      EXPRESS_IDENTITY,
                      workload.input(),
                      RunOptions.defaults()));
          double seconds = (System.nanoTime() - start) / 1e9;
          if (result.output().size() != items) {
            throw new IllegalStateException(
                "Expected " + items + " Map results, but got " + result.output().size());
          }
          return new double[] {seconds};
        };
    return Figure.single(
        workload.id(),
        NAME,
        "Map over " + items + " items, MaxConcurrency 0, Express",
        "s",
        sampler);
  }

  private ExecutionResult run(Workload workload, RunOptions options) {
    return requireSucceeded(workload, runtime.run(workload.engine(), workload.input(), options));
  }

  static ExecutionResult requireSucceeded(Workload workload, ExecutionResult result) {
    if (result.status() != ExecutionStatus.SUCCEEDED) {
      throw new IllegalStateException(
          "Expected "
              + workload.id()
              + " to succeed, but it ended "
              + result.status()
              + ": "
              + result.error()
              + " "
              + result.cause());
    }
    return result;
  }

  /**
   * The states that one execution enters. Executions of a workload are deterministic, so they are
   * counted once and each measured execution is only checked to succeed.
   */
  static long statesEntered(Workload workload) {
    return reference(workload).history().stream()
        .filter(event -> event.type().awsName().endsWith("StateEntered"))
        .count();
  }

  /**
   * One execution of the workload in-process, checked to succeed: what an execution of it elsewhere
   * (through a server) must match.
   */
  static ExecutionResult reference(Workload workload) {
    return requireSucceeded(
        workload,
        new InMemoryRuntime().run(workload.engine(), workload.input(), RunOptions.defaults()));
  }
}
