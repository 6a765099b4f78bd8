package io.stepwise.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The recorded executions in {@code shared/conformance/aws-recorded}. The shared folder lies beside
 * the repository (CI clones it there), so it is found by walking up from the working directory.
 */
final class Corpus {
  static final String RELATIVE_PATH = "shared/conformance/aws-recorded";

  private Corpus() {}

  /**
   * The corpus folder: {@code shared/conformance/aws-recorded} beside the working directory or one
   * of its ancestors.
   *
   * @throws IllegalStateException when there is none, so that a missing corpus fails the build
   *     instead of silently running nothing
   */
  static Path locate(Path start) {
    Path absolute = start.toAbsolutePath();
    return locate(absolute, absolute.getRoot());
  }

  /** Like {@link #locate(Path)}, looking no higher than {@code ceiling}. */
  static Path locate(Path start, Path ceiling) {
    Path absolute = start.toAbsolutePath();
    for (Path dir = absolute; dir != null && dir.startsWith(ceiling); dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE_PATH);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "Expected the conformance corpus at "
            + RELATIVE_PATH
            + " beside "
            + absolute
            + " or one of its ancestors, but there is none; clone the shared folder beside the"
            + " repository");
  }

  /** Every case of the corpus at {@code dir}, in file-name order. */
  static List<RecordedCase> load(Path dir) {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir)) {
      List<RecordedCase> cases =
          files
              .filter(file -> file.getFileName().toString().endsWith(".json"))
              .sorted()
              .map(file -> RecordedCase.read(file, json))
              .toList();
      if (cases.isEmpty()) {
        throw new IllegalStateException("Expected corpus cases in " + dir + ", but it is empty");
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to list the corpus at " + dir, e);
    }
  }
}
