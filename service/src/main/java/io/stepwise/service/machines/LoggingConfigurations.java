package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.shape.Errors;
import java.util.regex.Pattern;

/**
 * Checks a {@code loggingConfiguration} as AWS does and completes it with AWS's defaults (level
 * {@code OFF}, {@code includeExecutionData} false): a level other than OFF needs exactly one
 * destination, and a destination must be a CloudWatch Logs log group ARN ending in {@code :*}.
 */
final class LoggingConfigurations {

  private static final Pattern LOG_GROUP_ARN =
      Pattern.compile("arn:aws[a-z-]*:logs:[a-z0-9-]+:\\d{12}:log-group:[\\w./#-]+:\\*");

  private LoggingConfigurations() {}

  /** What DescribeStateMachine shows for a machine created without logging. */
  static ObjectNode off() {
    return JsonNodeFactory.instance
        .objectNode()
        .put("level", "OFF")
        .put("includeExecutionData", false);
  }

  static ApiResult<JsonNode> check(JsonNode configuration) {
    String level = configuration.path("level").asText("OFF");
    JsonNode destinations = configuration.path("destinations");
    int count = destinations.size();
    if (count > 1 || (count == 0 && !level.equals("OFF"))) {
      return Errors.invalidLogging("Must specify exactly one Log Destination.").asResult();
    }
    for (JsonNode destination : destinations) {
      String logGroup = destination.path("cloudWatchLogsLogGroup").path("logGroupArn").asText("");
      if (!LOG_GROUP_ARN.matcher(logGroup).matches()) {
        return Errors.invalidLogging("Log Destination not found.").asResult();
      }
    }
    ObjectNode complete =
        JsonNodeFactory.instance
            .objectNode()
            .put("level", level)
            .put("includeExecutionData", configuration.path("includeExecutionData").asBoolean());
    if (count > 0) {
      complete.set("destinations", destinations);
    }
    return ApiResult.ok(complete);
  }
}
