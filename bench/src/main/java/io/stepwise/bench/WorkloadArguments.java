package io.stepwise.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The command line of {@link Workloads}. */
final class WorkloadArguments {
  static final String USAGE =
      """
      Usage: Workloads [options]
        --workloads DIR   the folder of w1_pass.asl.json etc. (default: shared/bench/workloads
                          found beside the working directory or an ancestor)
        --warmups N       warm-up runs of every figure, not counted (default 2)
        --runs N          counted runs of every figure (default 5)
        --seconds S       length of one throughput run (default 2)
        --threads N       threads of the multi-threaded W1 figure (default: the cores)
        --w5-count N      W5 executions waiting at once in-process (default 100000)
        --w5-server-count N  W5 executions the server mode starts (default 20000)
        --only W1,W3      run only these workloads
        --modes M,...     run only these modes (this build has: %s; default in-process)
        --stepwise-jar J  the jar the server mode starts (default cli/target/stepwise.jar)
        --in-flight N     requests the server mode keeps in flight (default 64)
        --endpoint URL    drive this running server instead of starting one (e.g. under a profiler)
        --peers DIR       set each figure beside the best peer of the JSON results in DIR
                          (bench/peers.sh writes them to bench/target/peers/results)
      """
          .formatted(String.join(", ", Workloads.modeNames()));

  private WorkloadArguments() {}

  /**
   * The settings that {@code args} ask for, starting from {@code defaults}.
   *
   * @throws IllegalArgumentException when an option or its value is not understood
   */
  static Settings parse(String[] args, Settings defaults) {
    Path folder = defaults.workloadsFolder();
    int warmups = defaults.repetitions().warmups();
    int runs = defaults.repetitions().runs();
    Duration sampleTime = defaults.sampleTime();
    int threads = defaults.threads();
    int waiting = defaults.waitingExecutions();
    int serverWaiting = defaults.serverWaitingExecutions();
    Set<WorkloadId> only = defaults.only();
    Set<String> modes = defaults.modes();
    Path jar = defaults.stepwiseJar();
    int inFlight = defaults.inFlight();
    URI endpoint = defaults.endpoint();
    Path peers = defaults.peersFolder();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 == args.length) {
        throw new IllegalArgumentException("Expected a value after " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--workloads" -> folder = Path.of(value);
        case "--warmups" -> warmups = count(option, value);
        case "--runs" -> runs = count(option, value);
        case "--seconds" -> sampleTime = Duration.ofMillis(Math.round(seconds(value) * 1000));
        case "--threads" -> threads = count(option, value);
        case "--w5-count" -> waiting = count(option, value);
        case "--w5-server-count" -> serverWaiting = count(option, value);
        case "--only" -> only = workloads(value);
        case "--modes" -> modes = modes(value);
        case "--stepwise-jar" -> jar = Path.of(value);
        case "--in-flight" -> inFlight = count(option, value);
        case "--endpoint" -> endpoint = URI.create(value);
        case "--peers" -> peers = Path.of(value);
        default -> throw new IllegalArgumentException("Unknown option " + option);
      }
    }
    return new Settings(
        folder,
        new Repetitions(warmups, runs),
        sampleTime,
        threads,
        waiting,
        serverWaiting,
        only,
        modes,
        jar,
        inFlight,
        endpoint,
        peers);
  }

  private static int count(String option, String value) {
    try {
      return Integer.parseInt(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Expected a whole number after " + option + ": " + value);
    }
  }

  private static double seconds(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Expected seconds after --seconds: " + value);
    }
  }

  private static Set<WorkloadId> workloads(String value) {
    Set<WorkloadId> ids = EnumSet.noneOf(WorkloadId.class);
    for (String name : value.split(",")) {
      try {
        ids.add(WorkloadId.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Expected workloads W1 to W5 after --only: " + name);
      }
    }
    return ids;
  }

  private static Set<String> modes(String value) {
    Set<String> names = new LinkedHashSet<>(Arrays.asList(value.split(",")));
    for (String name : names) {
      if (!Workloads.modeNames().contains(name)) {
        throw new IllegalArgumentException(
            "Expected modes among " + Workloads.modeNames() + ", but got " + name);
      }
    }
    return names;
  }
}
