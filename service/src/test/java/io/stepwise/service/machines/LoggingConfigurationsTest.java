package io.stepwise.service.machines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoggingConfigurationsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOG_GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:sfn:*";

  @ParameterizedTest
  @ValueSource(strings = {"ALL", "ERROR", "FATAL"})
  void needsOneDestinationForEveryLevelButOff(String level) throws Exception {
    assertThat(error("{\"level\": \"" + level + "\", \"includeExecutionData\": true}"))
        .isEqualTo("Invalid Logging Configuration: Must specify exactly one Log Destination.");
  }

  @Test
  void refusesTwoDestinationsAndOnesThatAreNoLogGroups() throws Exception {
    String two =
        "{\"level\": \"OFF\", \"destinations\": ["
            + destination(LOG_GROUP)
            + ", "
            + destination(LOG_GROUP)
            + "]}";
    String noLogGroup =
        "{\"level\": \"ALL\", \"destinations\": [" + destination("arn:aws:s3:::bucket") + "]}";

    assertThat(error(two)).endsWith("Must specify exactly one Log Destination.");
    assertThat(error(noLogGroup))
        .isEqualTo("Invalid Logging Configuration: Log Destination not found.");
  }

  @Test
  void completesAValidConfigurationWithAwsDefaults() throws Exception {
    JsonNode off = ok("{}");
    JsonNode all = ok("{\"level\": \"ALL\", \"destinations\": [" + destination(LOG_GROUP) + "]}");

    assertThat(off).isEqualTo(LoggingConfigurations.off());
    assertThat(all.path("includeExecutionData").asBoolean(true)).isFalse();
    assertThat(
            all.path("destinations")
                .path(0)
                .path("cloudWatchLogsLogGroup")
                .path("logGroupArn")
                .asText())
        .isEqualTo(LOG_GROUP);
  }

  private static String destination(String arn) {
    return "{\"cloudWatchLogsLogGroup\": {\"logGroupArn\": \"" + arn + "\"}}";
  }

  private static String error(String configuration) throws Exception {
    ApiResult<JsonNode> result = LoggingConfigurations.check(JSON.readTree(configuration));
    assertThat(result).isInstanceOf(ApiResult.Err.class);
    ApiError error = ((ApiResult.Err<JsonNode>) result).error();
    assertThat(error.type()).isEqualTo("InvalidLoggingConfiguration");
    return error.message();
  }

  private static JsonNode ok(String configuration) throws Exception {
    ApiResult<JsonNode> result = LoggingConfigurations.check(JSON.readTree(configuration));
    assertThat(result).isInstanceOf(ApiResult.Ok.class);
    return ((ApiResult.Ok<JsonNode>) result).value();
  }
}
