package io.stepwise.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * The workloads through the Step Functions API of a {@code stepwise server} process: Standard
 * executions on its durable SQLite store, from StartExecution to SUCCEEDED, and Express executions
 * through StartSyncExecution, driven by {@link LoadClient} from this process.
 */
public final class ServerMode implements Mode {
  public static final String NAME = "server";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * How long the load client and the server run W1, durable and then Express, before any figure:
   * the SDK's client takes about 15 seconds of requests to reach its steady speed (its CPU time per
   * request falls by three), far longer than one figure's warm-up runs, so without this the first
   * figures would measure the client's JIT compiler rather than the server.
   */
  private static final long WARM_UP_NANOS = 10_000_000_000L;

  private ServerProcess server;
  private LoadClient client;

  @Override
  public String name() {
    return NAME;
  }

  private void warmUp(WorkloadFiles files) throws InterruptedException {
    String definition = files.definitionText(WorkloadId.W1);
    String input = files.load(WorkloadId.W1).input().toString();
    String standard = client.createMachine(definition, StateMachineType.STANDARD);
    client.startUntil(standard, input, System.nanoTime() + WARM_UP_NANOS);
    client.awaitAllSucceeded(standard);
    String express = client.createMachine(definition, StateMachineType.EXPRESS);
    client.startSyncUntil(express, input, System.nanoTime() + WARM_UP_NANOS);
  }

  @Override
  public List<Figure> figures(WorkloadFiles files, Settings settings) throws InterruptedException {
    URI endpoint = settings.endpoint();
    if (endpoint == null) {
      server = ServerProcess.start(settings.stepwiseJar());
      endpoint = server.endpoint();
    }
    client = new LoadClient(endpoint, settings.inFlight());
    warmUp(files);
    String inFlight = ", " + settings.inFlight() + " requests in flight";
    List<Figure> figures = new ArrayList<>();
    if (settings.includes(WorkloadId.W1)) {
      Workload w1 = files.load(WorkloadId.W1);
      figures.add(durable(files, w1, settings, "one Pass, durable" + inFlight, "executions/s"));
      figures.add(expressSync(files, w1, settings, "one Pass, Express" + inFlight, "executions/s"));
      figures.add(startLatency(files, w1, settings));
    }
    if (settings.includes(WorkloadId.W2)) {
      Workload w2 = files.load(WorkloadId.W2);
      figures.add(
          durable(files, w2, settings, "100 Pass chain, durable" + inFlight, "transitions/s"));
      figures.add(
          expressSync(files, w2, settings, "100 Pass chain, Express" + inFlight, "transitions/s"));
    }
    if (settings.includes(WorkloadId.W3)) {
      // Express only: a Standard execution of W3 passes AWS's limit of 25,000 history events
      // (four per item), where AWS, and Stepwise, fail it. Its Pass iterator gives each item
      // back, so the output is the items.
      Workload w3 = files.load(WorkloadId.W3);
      JsonNode items = w3.input().path("items");
      String map = "Map over " + items.size() + " items, Express";
      figures.add(oneAtATime(files, w3, StateMachineType.EXPRESS, items, map, "s", s -> s));
    }
    if (settings.includes(WorkloadId.W4)) {
      Workload w4 = files.load(WorkloadId.W4);
      long states = InProcessMode.statesEntered(w4);
      String loop = "Choice + MathAdd loop, ";
      figures.add(durable(files, w4, settings, loop + "durable" + inFlight, "states/s"));
      figures.add(
          oneAtATime(
              files,
              w4,
              StateMachineType.STANDARD,
              InProcessMode.reference(w4).output(),
              loop + "durable, one execution at a time",
              "states/s",
              s -> states / s));
      figures.add(expressSync(files, w4, settings, loop + "Express" + inFlight, "states/s"));
    }
    if (settings.includes(WorkloadId.W5)) {
      Workload w5 = files.load(WorkloadId.W5);
      String machine =
          client.createMachine(files.definitionText(w5.id()), StateMachineType.STANDARD);
      ServerWaitingExecutions waiting = new ServerWaitingExecutions(client, server, machine, w5);
      int count = settings.serverWaitingExecutions();
      figures.add(waiting.timing(count, settings.inFlight()));
      if (server != null) {
        figures.add(waiting.liveHeap(count, settings.inFlight()));
      }
    }
    return figures;
  }

  /**
   * Units per second of Standard executions, from the first StartExecution of a run until every
   * execution it started has SUCCEEDED.
   */
  private Figure durable(
      WorkloadFiles files, Workload workload, Settings settings, String how, String unit) {
    long unitsPerExecution = unitsPerExecution(workload, unit);
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

  /** Units per second of Express executions through StartSyncExecution, each checked to succeed. */
  private Figure expressSync(
      WorkloadFiles files, Workload workload, Settings settings, String how, String unit) {
    long unitsPerExecution = unitsPerExecution(workload, unit);
    String machine =
        client.createMachine(files.definitionText(workload.id()), StateMachineType.EXPRESS);
    String input = workload.input().toString();
    Figure.Sampler sampler =
        () -> {
          long start = System.nanoTime();
          long done =
              client.startSyncUntil(machine, input, start + settings.sampleTime().toNanos());
          return new double[] {done * unitsPerExecution / ((System.nanoTime() - start) / 1e9)};
        };
    return Figure.single(workload.id(), NAME, how + ", StartSyncExecution", unit, sampler);
  }

  /** An execution counts once, or once per state it enters when the unit counts states. */
  private static long unitsPerExecution(Workload workload, String unit) {
    return unit.equals("executions/s") ? 1 : InProcessMode.statesEntered(workload);
  }

  /**
   * One execution at a time, timed from its StartExecution until DescribeExecution shows it
   * SUCCEEDED (Standard), or for its StartSyncExecution (Express); its output is checked to be
   * {@code expected}. {@code fromSeconds} turns the time into the figure.
   */
  private Figure oneAtATime(
      WorkloadFiles files,
      Workload workload,
      StateMachineType type,
      JsonNode expected,
      String how,
      String unit,
      DoubleUnaryOperator fromSeconds) {
    String machine = client.createMachine(files.definitionText(workload.id()), type);
    String input = workload.input().toString();
    boolean express = type == StateMachineType.EXPRESS;
    Figure.Sampler sampler =
        () -> {
          long start = System.nanoTime();
          String output =
              express ? client.runSync(machine, input) : client.runToEnd(machine, input);
          double seconds = (System.nanoTime() - start) / 1e9;
          requireOutput(workload, expected, output);
          return new double[] {fromSeconds.applyAsDouble(seconds)};
        };
    String timed =
        express ? ", one StartSyncExecution" : ", StartExecution to SUCCEEDED seen (1 ms polls)";
    return Figure.single(workload.id(), NAME, how + timed, unit, sampler);
  }

  private static void requireOutput(Workload workload, JsonNode expected, String output) {
    try {
      if (!JSON.readTree(output).equals(expected)) {
        throw new IllegalStateException(
            "Expected "
                + workload.id()
                + " through the server to give its known output, but got "
                + output.substring(0, Math.min(output.length(), 200)));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected JSON output of " + workload.id(), e);
    }
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
