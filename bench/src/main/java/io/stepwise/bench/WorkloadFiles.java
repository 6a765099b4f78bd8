package io.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.parse.ParseResult;
import io.stepwise.engine.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder of workload definitions and inputs, {@code shared/bench/workloads}, which lives beside
 * the repository rather than in it: the peers' scripts read the same files.
 */
public final class WorkloadFiles {
  /** A system property that names the folder, for JMH's forked JVMs and unusual layouts. */
  public static final String FOLDER_PROPERTY = "stepwise.workloads";

  private static final Path RELATIVE = Path.of("shared", "bench", "workloads");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;

  public WorkloadFiles(Path folder) {
    this.folder = folder;
  }

  /**
   * The folder named by {@link #FOLDER_PROPERTY}, or else the first {@code shared/bench/workloads}
   * found inside or beside the working directory or one of its ancestors.
   *
   * @throws IllegalStateException when there is none
   */
  public static WorkloadFiles locate() {
    String named = System.getProperty(FOLDER_PROPERTY);
    if (named != null) {
      return new WorkloadFiles(Path.of(named));
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      for (Path candidate : new Path[] {dir.resolve(RELATIVE), dir.resolveSibling(RELATIVE)}) {
        if (Files.isDirectory(candidate)) {
          return new WorkloadFiles(candidate);
        }
      }
    }
    throw new IllegalStateException(
        "Expected a folder shared/bench/workloads beside "
            + start
            + " or one of its ancestors; name it with --workloads DIR or -D"
            + FOLDER_PROPERTY);
  }

  public Path folder() {
    return folder;
  }

  /**
   * Reads, parses and compiles a workload.
   *
   * @throws IllegalStateException when its definition is not valid
   */
  public Workload load(WorkloadId id) {
    String definition = read(id.fileStem() + ".asl.json");
    ParseResult parsed = DefinitionParser.parse(definition);
    if (!parsed.isValid()) {
      throw new IllegalStateException(
          "Expected " + id + " to be a valid definition, but: " + parsed.diagnostics());
    }
    try {
      JsonNode input = JSON.readTree(read(id.fileStem() + ".input.json"));
      return new Workload(id, parsed.machine(), new Engine(parsed.machine()), input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workload's definition as written, for a client that sends it to a server. */
  public String definitionText(WorkloadId id) {
    return read(id.fileStem() + ".asl.json");
  }

  private String read(String fileName) {
    try {
      return Files.readString(folder.resolve(fileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
