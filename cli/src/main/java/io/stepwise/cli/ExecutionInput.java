package io.stepwise.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The execution input of {@code run}: given inline, read from a file, or {@code {}}. */
final class ExecutionInput {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  @Option(
      names = "--input",
      paramLabel = "JSON",
      description = "The execution input as JSON text (default: {}).")
  private String json;

  @Option(
      names = "--input-file",
      paramLabel = "PATH",
      description = "A file holding the execution input as JSON.")
  private Path file;

  /** The input, or why there is none. */
  sealed interface Resolved {
    record Value(JsonNode json) implements Resolved {}

    /**
     * @param exitCode {@link ExitCodes#UNREADABLE} or {@link ExitCodes#NOT_STARTED}
     */
    record Problem(String message, int exitCode) implements Resolved {}
  }

  /** Resolves the input of a command line that may have given neither option. */
  static Resolved resolve(ExecutionInput given) {
    if (given == null) {
      return parse("{}", "the input");
    }
    if (given.file != null) {
      return switch (FileText.read(given.file)) {
        case FileText.Read read -> parse(read.text(), "the input file " + given.file);
        case FileText.Unreadable unreadable ->
            new Resolved.Problem(unreadable.message(), ExitCodes.UNREADABLE);
      };
    }
    return parse(given.json, "the input");
  }

  private static Resolved parse(String text, String what) {
    try {
      JsonNode value = JSON.readTree(text);
      if (value == null || value.isMissingNode()) {
        return new Resolved.Problem(what + " is empty; give a JSON value", ExitCodes.NOT_STARTED);
      }
      return new Resolved.Value(value);
    } catch (JacksonException e) {
      return new Resolved.Problem(
          what + " is not JSON: " + e.getOriginalMessage(), ExitCodes.NOT_STARTED);
    }
  }
}
