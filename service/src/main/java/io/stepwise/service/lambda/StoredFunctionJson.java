package io.stepwise.service.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.tasks.functions.FunctionConfiguration;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/** The JSON document of a {@link StoredFunction} on disk. */
final class StoredFunctionJson {
  private StoredFunctionJson() {}

  /**
   * The document of {@code function}, whose code directory is written relative to {@code home} (the
   * function's directory) when it lies inside, so that the data directory can be moved.
   */
  static byte[] write(ObjectMapper mapper, StoredFunction function, Path home) {
    FunctionConfiguration configuration = function.configuration();
    Path code = configuration.codeDirectory();
    ObjectNode document =
        mapper
            .createObjectNode()
            .put("name", configuration.name())
            .put("region", configuration.region())
            .put("account", configuration.account())
            .put("runtime", configuration.runtime())
            .put("handler", configuration.handler())
            .put("codeDirectory", (code.startsWith(home) ? home.relativize(code) : code).toString())
            .put("timeoutSeconds", configuration.timeoutSeconds())
            .put("memorySize", configuration.memorySize())
            .put("role", function.role())
            .put("description", function.description())
            .put("codeSha256", function.codeSha256())
            .put("codeSize", function.codeSize())
            .put("lastModified", function.lastModified().toString())
            .put("revisionId", function.revisionId());
    ObjectNode environment = document.putObject("environment");
    configuration.environment().forEach(environment::put);
    configuration.reservedConcurrency().ifPresent(n -> document.put("reservedConcurrency", n));
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StoredFunction read(ObjectNode document, Path home) {
    Map<String, String> environment = new LinkedHashMap<>();
    document
        .path("environment")
        .properties()
        .forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
    JsonNode reserved = document.path("reservedConcurrency");
    FunctionConfiguration configuration =
        new FunctionConfiguration(
            document.path("name").asText(),
            document.path("region").asText(),
            document.path("account").asText(),
            document.path("runtime").asText(),
            document.path("handler").asText(),
            home.resolve(document.path("codeDirectory").asText()),
            environment,
            document.path("timeoutSeconds").asInt(),
            document.path("memorySize").asInt(),
            reserved.isInt() ? OptionalInt.of(reserved.asInt()) : OptionalInt.empty());
    return new StoredFunction(
        configuration,
        document.path("role").asText(),
        document.path("description").asText(),
        document.path("codeSha256").asText(),
        document.path("codeSize").asLong(),
        Instant.parse(document.path("lastModified").asText()),
        document.path("revisionId").asText());
  }
}
