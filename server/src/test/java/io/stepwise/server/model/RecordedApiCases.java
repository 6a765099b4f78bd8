package io.stepwise.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads cases of {@code shared/conformance/aws-recorded-api}, the API calls recorded on AWS. */
final class RecordedApiCases {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordedApiCases() {}

  /** The one case whose file name starts with {@code operation + "__"} and contains {@code key}. */
  static JsonNode find(String operation, String key) {
    try (Stream<Path> files = Files.list(folder())) {
      List<Path> matches =
          files
              .filter(f -> f.getFileName().toString().startsWith(operation + "__"))
              .filter(f -> f.getFileName().toString().contains(key))
              .toList();
      if (matches.size() != 1) {
        throw new IllegalStateException(
            "Expected one recorded " + operation + " case for " + key + ", got " + matches);
      }
      return MAPPER.readTree(matches.get(0).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path folder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/conformance/aws-recorded-api");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("Expected shared/conformance/aws-recorded-api in an ancestor");
  }
}
