package io.stepwise.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * The workloads through the Step Functions API of a {@code stepwise server} process: Standard
 * executions on its durable SQLite store, from StartExecution to SUCCEEDED, and Express executions
 * through StartSyncExecution, driven by {@link LoadClient} from this process.
 */
public final class ServerMode implements Mode {
  public static final String NAME = "server";

  private ServerProcess server;
  private LoadClient client;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Figure> figures(WorkloadFiles files, Settings settings) throws InterruptedException {
    URI endpoint = settings.endpoint();
    if (endpoint == null) {
      server = ServerProcess.start(settings.stepwiseJar());
      endpoint = server.endpoint();
    }
    client = new LoadClient(endpoint, settings.inFlight());
    List<Figure> figures = new ArrayList<>();
    String inFlight = settings.inFlight() + " requests in flight";
    if (settings.includes(WorkloadId.W1)) {
      Workload w1 = files.load(WorkloadId.W1);
      figures.add(
          durable(files, w1, settings, "one Pass, durable, " + inFlight, "executions/s", 1));
      figures.add(
          expressSync(files, w1, settings, "one Pass, Express, StartSyncExecution, " + inFlight));
      figures.add(startLatency(files, w1, settings));
    }
    if (settings.includes(WorkloadId.W2)) {
      Workload w2 = files.load(WorkloadId.W2);
      long states = InProcessMode.statesEntered(w2);
      figures.add(
          durable(
              files,
              w2,
              settings,
              "100 Pass chain, durable, " + inFlight,
              "transitions/s",
              states));
    }
    if (settings.includes(WorkloadId.W4)) {
      Workload w4 = files.load(WorkloadId.W4);
      long states = InProcessMode.statesEntered(w4);
      figures.add(
          durable(
              files,
              w4,
              settings,
              "Choice + MathAdd loop, durable, " + inFlight,
              "states/s",
              states));
    }
    return figures;
  }

  /**
   * Units per second of Standard executions, from the first StartExecution of a run until every
   * execution it started has SUCCEEDED.
   */
  private Figure durable(
      WorkloadFiles files,
      Workload workload,
      Settings settings,
      String how,
      String unit,
      long unitsPerExecution) {
    String machine =
        client.createMachine(files.definitionText(workload.id()), StateMachineType.STANDARD);
    String input = workload.input().toString();
    Figure.Sampler sampler =
        () -> {
          long start = System.nanoTime();
          long started = client.startUntil(machine, input, start + settings.sampleTime().toNanos());
          client.awaitAllSucceeded(machine);
          double seconds = (System.nanoTime() - start) / 1e9;
          return new double[] {started * unitsPerExecution / seconds};
        };
    return Figure.single(workload.id(), NAME, how, unit, sampler);
  }

  /** Express executions per second through StartSyncExecution, each checked to succeed. */
  private Figure expressSync(
      WorkloadFiles files, Workload workload, Settings settings, String how) {
    String machine =
        client.createMachine(files.definitionText(workload.id()), StateMachineType.EXPRESS);
    String input = workload.input().toString();
    Figure.Sampler sampler =
        () -> {
          long start = System.nanoTime();
          long done =
              client.startSyncUntil(machine, input, start + settings.sampleTime().toNanos());
          return new double[] {done / ((System.nanoTime() - start) / 1e9)};
        };
    return Figure.single(workload.id(), NAME, how, "executions/s", sampler);
  }

  /**
   * StartExecution's latency when requests come at 1,000 per second, whatever the answers do: its
   * median and its 99th percentile over one sample's requests.
   */
  private Figure startLatency(WorkloadFiles files, Workload workload, Settings settings) {
    String machine =
        client.createMachine(files.definitionText(workload.id()), StateMachineType.STANDARD);
    String input = workload.input().toString();
    int perSecond = 1000;
    int count = (int) (perSecond * settings.sampleTime().toMillis() / 1000);
    Figure.Sampler sampler =
        () -> {
          double[] millis = client.startLatencies(machine, input, perSecond, count);
          client.awaitAllSucceeded(machine);
          Arrays.sort(millis);
          return new double[] {percentile(millis, 0.50), percentile(millis, 0.99)};
        };
    return new Figure(
        workload.id(),
        NAME,
        "StartExecution at 1,000 requests/s",
        List.of("ms, p50", "ms, p99"),
        sampler);
  }

  private static double percentile(double[] sorted, double fraction) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
  }

  @Override
  public void close() throws InterruptedException {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
