package io.stepwise.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * W5 through the server: many Standard executions that wait one real second, started through
 * StartExecution as fast as the server answers with the load client's requests in flight. The
 * server keeps their timers in its durable store; the figures say how soon after the last start
 * they have all SUCCEEDED, at what rate the server took the starts, and, when this process started
 * the server, its resident memory and its live heap right after the last start.
 *
 * @param server the server's process, or {@code null} when the server runs elsewhere
 * @param machine the ARN of a Standard state machine of the workload
 */
record ServerWaitingExecutions(
    LoadClient client, ServerProcess server, String machine, Workload workload) {

  /** Wall times and the start rate, and the server's resident memory after the last start. */
  Figure timing(int count, int inFlight) {
    List<String> units =
        new ArrayList<>(
            List.of(
                "s from the last start to all done",
                "s from the first start to all done",
                "starts/s"));
    if (server != null) {
      units.add("MiB resident (server) after the last start");
    }
    Figure.Sampler sampler =
        () -> {
          long first = System.nanoTime();
          client.startCount(machine, workload.input().toString(), count);
          long last = System.nanoTime();
          double resident = server == null ? Double.NaN : server.residentMebibytes();
          client.awaitAllSucceeded(machine);
          long done = System.nanoTime();
          double[] sample = {
            (done - last) / 1e9, (done - first) / 1e9, count / ((last - first) / 1e9), resident
          };
          return Arrays.copyOf(sample, units.size());
        };
    return new Figure(workload.id(), ServerMode.NAME, how(count, inFlight), units, sampler);
  }

  /**
   * The server's live heap after the last start less the same before the first: what the executions
   * still waiting then, and the ones that ended, hold. A separate run, because the collections
   * pause the server.
   *
   * @throws IllegalStateException when this process did not start the server
   */
  Figure liveHeap(int count, int inFlight) {
    if (server == null) {
      throw new IllegalStateException("Expected a server process of this run to measure");
    }
    Figure.Sampler sampler =
        () -> {
          double before = server.liveHeapMebibytes();
          client.startCount(machine, workload.input().toString(), count);
          double after = server.liveHeapMebibytes();
          client.awaitAllSucceeded(machine);
          return new double[] {after - before};
        };
    return Figure.single(
        workload.id(),
        ServerMode.NAME,
        how(count, inFlight),
        "MiB live heap (server) after the last start, less before the first",
        sampler);
  }

  private static String how(int count, int inFlight) {
    return String.format(
        "%,d executions waiting 1 s, durable, started with %d requests in flight", count, inFlight);
  }
}
