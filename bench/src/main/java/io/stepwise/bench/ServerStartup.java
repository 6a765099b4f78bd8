package io.stepwise.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times {@code stepwise server} from starting its process to its first answer, and reads its
 * resident memory once it has been idle for two seconds, over several runs, started both ways a
 * user starts it: through the {@code stepwise} launcher, which maps the class-data sharing archive
 * that its first run wrote (see {@code bin/class-archive.sh}), and with a plain {@code java -jar}.
 * Prints a Markdown table on standard output, with the machine's load average, since the figures
 * depend on what else runs.
 */
public final class ServerStartup {
  private static final int RUNS = 5;
  private static final long IDLE_MILLIS = 2000;

  private ServerStartup() {}

  /** {@code ServerStartup [--stepwise-jar PATH] [--launcher PATH]}. */
  public static void main(String[] args) throws InterruptedException {
    Path jar =
        Path.of(option(args, "--stepwise-jar", Settings.defaults().stepwiseJar().toString()));
    Path launcher = Path.of(option(args, "--launcher", "stepwise")).toAbsolutePath();
    double loadBefore = loadAverage();
    // The first start through the launcher writes the archive when there is none (or the jar is
    // newer), as a user's first start does, and builds the jar if a source is newer: not timed.
    ServerProcess.start(List.of(launcher.toString())).close();
    Measured launched = measure(List.of(launcher.toString()));
    Measured plain = measure(ServerProcess.javaJar(jar));
    System.out.println(Machine.current().describe());
    System.out.printf(
        Locale.ROOT,
        "Load average (1 minute) before and after: %.2f, %.2f.%n%n",
        loadBefore,
        loadAverage());
    System.out.println("| how it starts | what | unit | median | range |");
    System.out.println("| --- | --- | --- | ---: | ---: |");
    launched.print("`./stepwise server` (with its class-data archive)");
    plain.print("`java -jar cli/target/stepwise.jar server`");
  }

  /** The figures of {@link #RUNS} starts of {@code stepwise server} by {@code stepwise}. */
  private static Measured measure(List<String> stepwise) throws InterruptedException {
    double[] ready = new double[RUNS];
    double[] cpu = new double[RUNS];
    double[] resident = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      try (ServerProcess server = ServerProcess.start(stepwise)) {
        ready[run] = server.readySeconds();
        cpu[run] = server.readyCpuSeconds();
        Thread.sleep(IDLE_MILLIS);
        resident[run] = server.residentMebibytes();
      }
    }
    return new Measured(Summary.of(ready), Summary.of(cpu), Summary.of(resident));
  }

  private record Measured(Summary ready, Summary cpu, Summary resident) {
    void print(String how) {
      row(how, "start of the process to its first answer", "s", ready);
      row(how, "CPU time used by then (all threads)", "s", cpu);
      row(how, "resident memory, idle 2 s after start", "MiB", resident);
    }
  }

  private static void row(String how, String what, String unit, Summary summary) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %s | %s | %s |%n",
        how,
        what,
        unit,
        ResultTable.number(summary.median()),
        ResultTable.range(summary));
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
