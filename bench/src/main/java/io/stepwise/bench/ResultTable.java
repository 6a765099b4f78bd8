package io.stepwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measured figures as a Markdown table, with the machine and the method above it. */
final class ResultTable {
  private record Row(Figure figure, String unit, Summary summary) {}

  private final List<Row> rows = new ArrayList<>();

  void add(Figure figure, List<Summary> summaries) {
    for (int i = 0; i < summaries.size(); i++) {
      rows.add(new Row(figure, figure.units().get(i), summaries.get(i)));
    }
  }

  String render(Machine machine, Settings settings) {
    StringBuilder out = new StringBuilder();
    out.append(machine.describe()).append("\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "Each figure is the median (min-max) of %d runs after %d warm-up runs; a throughput"
                + " run lasts %.1f s.%n%n",
            settings.repetitions().runs(),
            settings.repetitions().warmups(),
            settings.sampleTime().toMillis() / 1000.0));
    out.append("| workload | mode | what runs | unit | median | range |\n");
    out.append("| --- | --- | --- | --- | ---: | ---: |\n");
    for (Row row : rows) {
      Summary summary = row.summary();
      out.append(
          String.format(
              "| %s | %s | %s | %s | %s | %s-%s |%n",
              row.figure().workload(),
              row.figure().mode(),
              row.figure().how(),
              row.unit(),
              number(summary.median()),
              number(summary.min()),
              number(summary.max())));
    }
    return out.toString();
  }

  /** Large figures grouped in thousands without decimals, small ones with three digits. */
  static String number(double value) {
    if (Math.abs(value) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (Math.abs(value) >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
