package io.stepwise.service.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.service.api.ApiResult;
import io.stepwise.tasks.functions.FunctionConfiguration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The members that CreateFunction and UpdateFunctionConfiguration share (Runtime, Handler, Timeout,
 * MemorySize, Environment), applied to a configuration after the model's range checks.
 */
final class FunctionSettings {
  private FunctionSettings() {}

  static ApiResult<FunctionConfiguration> apply(JsonNode input, FunctionConfiguration current) {
    JsonNode timeout = input.path("Timeout");
    if (timeout.isInt() && timeout.asInt() < 1) {
      return LambdaErrors.validation(
          "'" + timeout.asInt() + "'",
          "timeout",
          "Member must have value greater than or equal to 1");
    }
    if (timeout.isInt() && timeout.asInt() > 900) {
      return LambdaErrors.invalidParameter(
          "Timeout value must be less than or equal to 900 seconds.");
    }
    JsonNode memory = input.path("MemorySize");
    if (memory.isInt() && (memory.asInt() < 128 || memory.asInt() > 10240)) {
      return LambdaErrors.validation(
          "'" + memory.asInt() + "'",
          "memorySize",
          memory.asInt() < 128
              ? "Member must have value greater than or equal to 128"
              : "Member must have value less than or equal to 10240");
    }
    return ApiResult.ok(
        new FunctionConfiguration(
            current.name(),
            current.region(),
            current.account(),
            input.path("Runtime").asText(current.runtime()),
            input.path("Handler").asText(current.handler()),
            current.codeDirectory(),
            input.has("Environment") ? variables(input.path("Environment")) : current.environment(),
            timeout.isInt() ? timeout.asInt() : current.timeoutSeconds(),
            memory.isInt() ? memory.asInt() : current.memorySize(),
            current.reservedConcurrency()));
  }

  static FunctionConfiguration withCode(FunctionConfiguration current, Path directory) {
    return new FunctionConfiguration(
        current.name(),
        current.region(),
        current.account(),
        current.runtime(),
        current.handler(),
        directory,
        current.environment(),
        current.timeoutSeconds(),
        current.memorySize(),
        current.reservedConcurrency());
  }

  static FunctionConfiguration withoutReservedConcurrency(FunctionConfiguration current) {
    return new FunctionConfiguration(
        current.name(),
        current.region(),
        current.account(),
        current.runtime(),
        current.handler(),
        current.codeDirectory(),
        current.environment(),
        current.timeoutSeconds(),
        current.memorySize(),
        OptionalInt.empty());
  }

  private static Map<String, String> variables(JsonNode environment) {
    Map<String, String> variables = new LinkedHashMap<>();
    environment
        .path("Variables")
        .properties()
        .forEach(entry -> variables.put(entry.getKey(), entry.getValue().asText()));
    return variables;
  }
}
