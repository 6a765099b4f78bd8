package io.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The peers' figures of the same run, read from the JSON files that {@code bench/peers.sh} leaves
 * (one per run of a peer's script in {@code ../shared/bench}), so that each Stepwise figure can be
 * set beside the best peer that ran the same way: aws-local-stepfunctions in-process, moto's server
 * through its API.
 */
public final class PeerResults {
  /** A figure of a peer's JSON file, by its key, and what it measures. */
  private record Key(
      String json, WorkloadId workload, String unit, String note, boolean comparable) {}

  private static final List<Key> KEYS =
      List.of(
          new Key("W1_exec_per_s", WorkloadId.W1, "executions/s", "", true),
          new Key("W2_transitions_per_s", WorkloadId.W2, "transitions/s", "", true),
          new Key("W3_s", WorkloadId.W3, "s", "", true),
          new Key("W3b_maxconc10000_s", WorkloadId.W3, "s", "MaxConcurrency 10,000", true),
          new Key("W4_transitions_per_s", WorkloadId.W4, "states/s", "", true),
          new Key(
              "W5_wall_s",
              WorkloadId.W5,
              "s from the first start to all done",
              "200 executions",
              false));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<PeerFigure> figures;
  private final List<String> notes;

  private PeerResults(List<PeerFigure> figures, List<String> notes) {
    this.figures = figures;
    this.notes = notes;
  }

  /** {@code PeerResults DIR}: prints the peers' figures in DIR as a Markdown table. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println(
          "Usage: PeerResults DIR (bench/peers.sh writes bench/target/peers/results)");
      System.exit(2);
    }
    PeerResults peers = read(Path.of(args[0]));
    System.out.println(Machine.current().describe());
    System.out.println();
    System.out.println("| peer | mode | workload | unit | median | range |");
    System.out.println("| --- | --- | --- | --- | ---: | ---: |");
    for (PeerFigure peer : peers.figures) {
      if (peers.hasMoreRuns(peer)) {
        continue;
      }
      System.out.printf(
          "| %s | %s | %s | %s | %s | %s |%n",
          peer.label(),
          peer.mode(),
          peer.workload(),
          peer.unit(),
          ResultTable.number(peer.summary().median()),
          peer.summary().runs() == 1 ? "1 run" : ResultTable.range(peer.summary()));
    }
    peers.notes.forEach(note -> System.out.println("\n" + note));
  }

  static PeerResults none() {
    return new PeerResults(List.of(), List.of());
  }

  /** Every peer figure of the {@code *.json} files in {@code folder}. */
  static PeerResults read(Path folder) {
    List<PeerFigure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode result = JSON.readTree(file.toFile());
        figures.addAll(figuresOf(result));
        result.properties().stream()
            .filter(field -> field.getKey().endsWith("_timeout"))
            .forEach(field -> notes.add(peerName(result) + ": " + field.getValue().asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PeerResults(figures, notes);
  }

  static List<PeerFigure> figuresOf(JsonNode result) {
    String mode = isServer(result) ? ServerMode.NAME : InProcessMode.NAME;
    List<PeerFigure> figures = new ArrayList<>();
    for (Key key : KEYS) {
      JsonNode stats = result.path(key.json());
      if (stats.isObject()) {
        double[] runs = new double[stats.path("runs").size()];
        for (int i = 0; i < runs.length; i++) {
          runs[i] = stats.path("runs").get(i).asDouble();
        }
        figures.add(
            new PeerFigure(
                peerName(result),
                mode,
                key.workload(),
                key.unit(),
                key.note(),
                key.comparable(),
                Summary.of(runs)));
      }
    }
    return figures;
  }

  private static boolean isServer(JsonNode result) {
    return result.path("peer").asText().equals("moto_server");
  }

  private static String peerName(JsonNode result) {
    return isServer(result)
        ? "moto " + result.path("moto").asText()
        : result.path("peer").asText() + " " + result.path("version").asText();
  }

  List<PeerFigure> figures() {
    return figures;
  }

  /** What a peer's script reported instead of a figure, such as a run that did not finish. */
  List<String> notes() {
    return notes;
  }

  /**
   * The peer's figure that is best of those for the same workload, unit and mode; when a peer's
   * script ran a figure more than once (moto's W5), the one with the most runs.
   */
  Optional<PeerFigure> best(WorkloadId workload, String mode, String unit) {
    Comparator<PeerFigure> worseFirst =
        Comparator.comparingDouble(
            peer -> Ratio.lowerIsBetter(unit) ? -peer.summary().median() : peer.summary().median());
    return figures.stream()
        .filter(peer -> peer.workload() == workload && peer.mode().equals(mode))
        .filter(peer -> peer.unit().equals(unit))
        .filter(peer -> !hasMoreRuns(peer))
        .max(worseFirst);
  }

  private boolean hasMoreRuns(PeerFigure figure) {
    return figures.stream()
        .anyMatch(
            other ->
                other.peer().equals(figure.peer())
                    && other.workload() == figure.workload()
                    && other.unit().equals(figure.unit())
                    && other.note().equals(figure.note())
                    && other.summary().runs() > figure.summary().runs());
  }
}
