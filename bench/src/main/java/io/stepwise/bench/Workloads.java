package io.stepwise.bench;

import java.util.List;

/**
 * Runs the end-to-end workloads W1-W5 and prints a Markdown table of their figures on standard
 * output; progress goes to standard error. {@code --help} lists the options.
 */
public final class Workloads {
  private static final List<Mode> MODES = List.of(new InProcessMode(), new ServerMode());

  private Workloads() {}

  public static void main(String[] args) throws InterruptedException {
    if (List.of(args).contains("--help")) {
      System.out.println(WorkloadArguments.USAGE);
      return;
    }
    Settings settings;
    try {
      settings = WorkloadArguments.parse(args, Settings.defaults());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(WorkloadArguments.USAGE);
      System.exit(2);
      return;
    }
    WorkloadFiles files =
        settings.workloadsFolder() == null
            ? WorkloadFiles.locate()
            : new WorkloadFiles(settings.workloadsFolder());
    System.out.print(run(files, settings).render(Machine.current(), settings));
  }

  private static ResultTable run(WorkloadFiles files, Settings settings)
      throws InterruptedException {
    ResultTable table =
        new ResultTable(
            settings.peersFolder() == null
                ? PeerResults.none()
                : PeerResults.read(settings.peersFolder()));
    for (Mode mode : MODES) {
      if (!settings.modes().contains(mode.name())) {
        continue;
      }
      try (mode) {
        for (Figure figure : mode.figures(files, settings)) {
          System.err.printf("%s %s: %s%n", figure.workload(), mode.name(), figure.how());
          table.add(figure, settings.repetitions().measure(figure));
        }
      }
    }
    return table;
  }

  /** The names of the modes this build has. */
  static List<String> modeNames() {
    return MODES.stream().map(Mode::name).toList();
  }
}
