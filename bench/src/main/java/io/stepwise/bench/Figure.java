package io.stepwise.bench;

import java.util.List;

/**
 * One measured figure of a workload, perhaps with companions taken in the same run (W5 gives its
 * wall times and its heap together).
 *
 * @param mode how the workload runs, for example {@code in-process}
 * @param how what is run, for example {@code one Pass, 2 threads}
 * @param units one per value that a sample gives, for example {@code executions/s}
 */
public record Figure(
    WorkloadId workload, String mode, String how, List<String> units, Sampler sampler) {

  /** Takes one sample: one value per unit, in order. */
  @FunctionalInterface
  public interface Sampler {
    double[] take() throws InterruptedException;
  }

  /** A figure that gives one value. */
  public static Figure single(
      WorkloadId workload, String mode, String how, String unit, Sampler sampler) {
    return new Figure(workload, mode, how, List.of(unit), sampler);
  }
}
