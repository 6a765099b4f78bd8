package io.stepwise.bench;

import java.util.Locale;

/**
 * How many times better Stepwise's median is than a peer's: above 1 when Stepwise is faster,
 * whether the unit is a rate (higher is better) or a time (lower is better).
 */
final class Ratio {
  private Ratio() {}

  /** Whether smaller figures are better: times, as opposed to rates. */
  static boolean lowerIsBetter(String unit) {
    return unit.startsWith("s ") || unit.equals("s") || unit.startsWith("ms");
  }

  static double of(String unit, double stepwise, double peer) {
    return lowerIsBetter(unit) ? peer / stepwise : stepwise / peer;
  }

  /** The ratio as a table shows it: {@code 119x}, {@code 2.4x}, {@code 0.35x}. */
  static String format(double ratio) {
    if (ratio >= 10) {
      return String.format(Locale.ROOT, "%,.0fx", ratio);
    }
    if (ratio >= 1) {
      return String.format(Locale.ROOT, "%.1fx", ratio);
    }
    return String.format(Locale.ROOT, "%.2fx", ratio);
  }
}
