package io.stepwise.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ActivityArn;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.ArnScope;
import io.stepwise.service.arn.StateMachineArn;

/** A registry of a few fake operations that show what the server hands to its handlers. */
final class TestOperations {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TestOperations() {}

  static OperationRegistry registry() {
    return OperationRegistry.builder()
        .register("ListStateMachines", TestOperations::listOneMachineInCallersRegion)
        .register("DescribeActivity", TestOperations::describeActivity)
        .register("StartSyncExecution", TestOperations::succeedAtOnce)
        .register(
            "DescribeStateMachine",
            (context, input) -> {
              throw new IllegalStateException("a bug with a secret detail");
            })
        .build();
  }

  /** One machine named after the caller's key, its ARN in the caller's region and account. */
  private static ApiResult<JsonNode> listOneMachineInCallersRegion(
      RequestContext context, ObjectNode input) {
    String name = context.accessKeyId().orElse("anonymous");
    StateMachineArn arn =
        new StateMachineArn(ArnScope.of(context.region(), context.accountId()), name);
    ObjectNode machine =
        JSON.objectNode()
            .put("stateMachineArn", arn.toString())
            .put("name", name)
            .put("type", "STANDARD")
            .put("creationDate", 1.7e9);
    return ApiResult.ok(JSON.objectNode().set("stateMachines", JSON.arrayNode().add(machine)));
  }

  private static ApiResult<JsonNode> describeActivity(RequestContext context, ObjectNode input) {
    return ArnParser.parse(input.path("activityArn").asText(), ActivityArn.class)
        .map(
            arn ->
                JSON.objectNode()
                    .put("activityArn", arn.toString())
                    .put("name", arn.name())
                    .put("creationDate", 1.7e9));
  }

  private static ApiResult<JsonNode> succeedAtOnce(RequestContext context, ObjectNode input) {
    return ApiResult.ok(
        JSON.objectNode()
            .put("executionArn", "arn:aws:states:" + context.region() + ":1:express:m:e:u")
            .put("startDate", 1.7e9)
            .put("stopDate", 1.7e9)
            .put("status", "SUCCEEDED")
            .put("output", input.path("input").asText("{}")));
  }
}
