package io.stepwise.service.executions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.service.api.ApiResult;
import java.nio.charset.StandardCharsets;

/**
 * The {@code input} of a start request: JSON text of at most 256 KiB (UTF-8), read as AWS reads it.
 * AWS's InvalidExecutionInput message carries its JSON reader's own complaint.
 */
public final class ExecutionInputs {
  /** The largest input AWS accepts, in bytes. */
  static final int MAX_BYTES = 256 * 1024;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ExecutionInputs() {}

  public static ApiResult<JsonNode> read(String text) {
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return ExecutionErrors.invalidInput(
              "The input size exceeds the maximum allowed size of " + MAX_BYTES + " bytes.")
          .asResult();
    }
    if (text.isBlank()) {
      return ExecutionErrors.invalidInput("Invalid execution input.").asResult();
    }
    try {
      return ApiResult.ok(MAPPER.readTree(text));
    } catch (JsonProcessingException e) {
      return ExecutionErrors.invalidInput(e.getOriginalMessage()).asResult();
    }
  }
}
