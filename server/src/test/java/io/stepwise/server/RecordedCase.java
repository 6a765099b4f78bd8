package io.stepwise.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One API call recorded against AWS in {@code shared/conformance/aws-recorded-api}: the calls made
 * before it in its test, the call, and AWS's answer (see the folder's README).
 */
record RecordedCase(String file, String operation, JsonNode json) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every recorded case of the given operations, sorted by file name. */
  static List<RecordedCase> of(Set<String> operations) {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .sorted()
          .map(RecordedCase::read)
          .filter(c -> operations.contains(c.operation()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode request() {
    return json.path("request");
  }

  JsonNode expected() {
    return json.path("expected");
  }

  JsonNode setupCalls() {
    return json.path("setup_calls");
  }

  boolean flagged(String flagStart) {
    for (JsonNode flag : json.path("flags")) {
      if (flag.asText().startsWith(flagStart)) {
        return true;
      }
    }
    return false;
  }

  private static RecordedCase read(Path file) {
    try {
      JsonNode json = MAPPER.readTree(file.toFile());
      return new RecordedCase(file.getFileName().toString(), json.path("operation").asText(), json);
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
