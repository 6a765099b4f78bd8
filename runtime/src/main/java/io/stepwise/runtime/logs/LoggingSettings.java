package io.stepwise.runtime.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a machine's {@code loggingConfiguration} asks for: which events to log, whether with their
 * inputs and outputs, and into which log group.
 *
 * @param logGroupName the name of the CloudWatch Logs log group, or {@code null} when the level is
 *     OFF
 */
public record LoggingSettings(LogLevel level, boolean includeExecutionData, String logGroupName) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** No logging: a machine created without a {@code loggingConfiguration}. */
  public static final LoggingSettings OFF = new LoggingSettings(LogLevel.OFF, false, null);

  /** Whether any event is logged. */
  public boolean enabled() {
    return level != LogLevel.OFF && logGroupName != null;
  }

  /**
   * The settings of a stored {@code loggingConfiguration} (JSON text, already checked as
   * CreateStateMachine checks it), or {@link #OFF} for {@code null}.
   */
  public static LoggingSettings parse(String loggingConfiguration) {
    if (loggingConfiguration == null) {
      return OFF;
    }
    JsonNode configuration;
    try {
      configuration = JSON.readTree(loggingConfiguration);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Expected a loggingConfiguration in JSON, but got " + loggingConfiguration, e);
    }
    LogLevel level = LogLevel.valueOf(configuration.path("level").asText("OFF"));
    String groupArn =
        configuration
            .path("destinations")
            .path(0)
            .path("cloudWatchLogsLogGroup")
            .path("logGroupArn")
            .asText(null);
    return new LoggingSettings(
        level,
        configuration.path("includeExecutionData").asBoolean(),
        groupArn == null ? null : LogGroupFiles.groupName(groupArn));
  }
}
