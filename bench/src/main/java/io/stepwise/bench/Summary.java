package io.stepwise.bench;

import java.util.Arrays;

/** The median and the range of repeated samples of one value. */
public record Summary(double median, double min, double max, int runs) {

  public static Summary of(double[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("Expected at least one sample");
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    double median =
        sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return new Summary(median, sorted[0], sorted[sorted.length - 1], sorted.length);
  }
}
