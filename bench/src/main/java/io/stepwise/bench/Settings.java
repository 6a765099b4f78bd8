package io.stepwise.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@link Workloads} runs and for how long.
 *
 * @param workloadsFolder the folder named by {@code --workloads}, or {@code null} to look for it
 * @param repetitions warm-up runs and counted runs of every figure
 * @param sampleTime how long one throughput sample runs
 * @param threads the threads of the multi-threaded W1 figure
 * @param waitingExecutions how many W5 executions wait at once in-process
 * @param serverWaitingExecutions how many W5 executions the server mode starts: through the API
 *     they start at the rate the server takes them, so fewer of them wait at once
 * @param only the workloads to run
 * @param modes the names of the modes to run
 * @param stepwiseJar the jar that the server modes start, as users run it
 * @param inFlight the requests the server modes' load client keeps in flight
 * @param endpoint a server that the server modes drive instead of starting one (for a server run
 *     under a profiler), or {@code null}
 * @param peersFolder the folder of the peers' JSON results of the same run ({@code
 *     bench/peers.sh}), or {@code null} for a table without peers
 */
public record Settings(
    Path workloadsFolder,
    Repetitions repetitions,
    Duration sampleTime,
    int threads,
    int waitingExecutions,
    int serverWaitingExecutions,
    Set<WorkloadId> only,
    Set<String> modes,
    Path stepwiseJar,
    int inFlight,
    URI endpoint,
    Path peersFolder) {

  public static Settings defaults() {
    return new Settings(
        null,
        new Repetitions(2, 5),
        Duration.ofSeconds(2),
        Runtime.getRuntime().availableProcessors(),
        100_000,
        20_000,
        EnumSet.allOf(WorkloadId.class),
        Set.of(InProcessMode.NAME),
        Path.of("cli", "target", "stepwise.jar"),
        64,
        null,
        null);
  }

  public boolean includes(WorkloadId workload) {
    return only.contains(workload);
  }
}
