package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The recorded-AWS corpus in the {@code shared/conformance} folder that sits beside the checkout
 * (CI clones the repository with {@code shared/} beside it).
 */
final class SharedCorpus {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SharedCorpus() {}

  /** {@code shared/conformance}, found by walking up from the working directory. */
  static Path conformance() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("conformance");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No shared/conformance folder above the working directory");
  }

  /** The JSON files of {@code folder} under {@code shared/conformance}, by name. */
  static List<Path> files(String folder) {
    try (Stream<Path> files = Files.list(conformance().resolve(folder))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
