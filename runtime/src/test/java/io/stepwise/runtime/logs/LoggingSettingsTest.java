package io.stepwise.runtime.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingSettingsTest {
  private static final String GROUP_ARN =
      "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/Orders:*";

  @Test
  void aMachineWithoutConfigurationLogsNothing() {
    assertThat(LoggingSettings.parse(null)).isEqualTo(LoggingSettings.OFF);
    assertThat(LoggingSettings.OFF.enabled()).isFalse();
  }

  @Test
  void theConfigurationGivesLevelDataAndGroupName() {
    LoggingSettings settings =
        LoggingSettings.parse(
            """
            {"level":"ERROR","includeExecutionData":true,
             "destinations":[{"cloudWatchLogsLogGroup":{"logGroupArn":"%s"}}]}"""
                .formatted(GROUP_ARN));

    assertThat(settings)
        .isEqualTo(new LoggingSettings(LogLevel.ERROR, true, "/aws/vendedlogs/states/Orders"));
    assertThat(settings.enabled()).isTrue();
  }

  @Test
  void offWithADestinationStillLogsNothing() {
    LoggingSettings settings =
        LoggingSettings.parse(
            """
            {"level":"OFF","includeExecutionData":false,
             "destinations":[{"cloudWatchLogsLogGroup":{"logGroupArn":"%s"}}]}"""
                .formatted(GROUP_ARN));

    assertThat(settings.enabled()).isFalse();
  }
}
