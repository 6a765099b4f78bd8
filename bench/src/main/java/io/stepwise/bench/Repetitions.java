package io.stepwise.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How often a figure is sampled: warm-up samples first, which are thrown away because the JIT is
 * still compiling, then the runs that count.
 */
public record Repetitions(int warmups, int runs) {

  public Repetitions {
    if (warmups < 0 || runs < 1) {
      throw new IllegalArgumentException("Expected warmups >= 0 and runs >= 1");
    }
  }

  /** One summary per unit of the figure, in order. */
  public List<Summary> measure(Figure figure) throws InterruptedException {
    for (int i = 0; i < warmups; i++) {
      figure.sampler().take();
    }
    int units = figure.units().size();
    double[][] samples = new double[units][runs];
    for (int run = 0; run < runs; run++) {
      double[] sample = figure.sampler().take();
      for (int unit = 0; unit < units; unit++) {
        samples[unit][run] = sample[unit];
      }
    }
    List<Summary> summaries = new ArrayList<>(units);
    for (double[] values : samples) {
      summaries.add(Summary.of(values));
    }
    return summaries;
  }
}
