package io.stepwise.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The measured figures as a Markdown table, with the machine and the method above it, each beside
 * the best peer measured the same way in the same run, if any, and the machine's load average as
 * the figure was taken (other work on the machine shows there).
 */
final class ResultTable {
  private record Row(Figure figure, String unit, Summary summary, double load) {}

  private final List<Row> rows = new ArrayList<>();
  private final PeerResults peers;

  ResultTable(PeerResults peers) {
    this.peers = peers;
  }

  void add(Figure figure, List<Summary> summaries) {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    for (int i = 0; i < summaries.size(); i++) {
      rows.add(new Row(figure, figure.units().get(i), summaries.get(i), load));
    }
  }

  String render(Machine machine, Settings settings) {
    StringBuilder out = new StringBuilder();
    out.append(machine.describe()).append("\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "Each figure is the median (min-max) of %s after %s; a throughput run lasts %.1f"
                + " s. The load is the machine's 1-minute load average as the figure's last run"
                + " ended. A ratio above 1 means Stepwise is faster.%n%n",
            runs(settings.repetitions().runs(), "run"),
            runs(settings.repetitions().warmups(), "warm-up run"),
            settings.sampleTime().toMillis() / 1000.0));
    out.append(
        "| workload | mode | what runs | unit | median | range | load"
            + " | best peer, same run and mode | ratio |\n");
    out.append("| --- | --- | --- | --- | ---: | ---: | ---: | --- | ---: |\n");
    for (Row row : rows) {
      Summary summary = row.summary();
      Figure figure = row.figure();
      Optional<PeerFigure> peer = peers.best(figure.workload(), figure.mode(), row.unit());
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %s | %.1f | %s | %s |%n",
              figure.workload(),
              figure.mode(),
              figure.how(),
              row.unit(),
              number(summary.median()),
              range(summary),
              row.load(),
              peer.map(p -> medianAndRange(p.summary()) + " " + p.label()).orElse(""),
              peer.map(p -> ratio(row, p)).orElse("")));
    }
    for (String note : peers.notes()) {
      out.append("\n").append(note).append("\n");
    }
    return out.toString();
  }

  private static String runs(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String ratio(Row row, PeerFigure peer) {
    return !peer.comparable()
        ? ""
        : Ratio.format(Ratio.of(row.unit(), row.summary().median(), peer.summary().median()));
  }

  /** {@code min-max}. */
  static String range(Summary summary) {
    return number(summary.min()) + "-" + number(summary.max());
  }

  private static String medianAndRange(Summary summary) {
    return summary.runs() == 1
        ? number(summary.median()) + " (1 run)"
        : number(summary.median()) + " (" + range(summary) + ")";
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
