package io.stepwise.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Times {@code stepwise server} from starting its process to its first answer, and reads its
 * resident memory once it has been idle for two seconds, over several runs. Prints a Markdown table
 * on standard output.
 */
public final class ServerStartup {
  private static final int RUNS = 5;
  private static final long IDLE_MILLIS = 2000;

  private ServerStartup() {}

  /** {@code ServerStartup [--stepwise-jar PATH]}. */
  public static void main(String[] args) throws InterruptedException {
    Path jar =
        args.length > 1 && args[0].equals("--stepwise-jar")
            ? Path.of(args[1])
            : Settings.defaults().stepwiseJar();
    double[] ready = new double[RUNS];
    double[] resident = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      try (ServerProcess server = ServerProcess.start(jar)) {
        ready[run] = server.readySeconds();
        Thread.sleep(IDLE_MILLIS);
        resident[run] = server.residentMebibytes();
      }
    }
    System.out.println(Machine.current().describe());
    System.out.println();
    System.out.println("| what | unit | median | range |");
    System.out.println("| --- | --- | ---: | ---: |");
    row("start of the process to its first answer", "s", Summary.of(ready));
    row("resident memory, idle 2 s after start", "MiB", Summary.of(resident));
  }

  private static void row(String what, String unit, Summary summary) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %s | %s |%n",
        what,
        unit,
        ResultTable.number(summary.median()),
        ResultTable.range(summary));
  }
}
