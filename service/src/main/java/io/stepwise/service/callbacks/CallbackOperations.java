package io.stepwise.service.callbacks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.runtime.TaskResult;
import io.stepwise.runtime.durable.ActivityTask;
import io.stepwise.runtime.durable.CallbackOutcome;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ActivityArn;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.shape.Errors;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.ActivityStore;
import io.stepwise.store.Store;
import java.time.Duration;
import java.util.Optional;

/**
 * The operations of workers and callbacks: GetActivityTask (a long poll of up to 60 s, as on AWS),
 * and SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat with the task token a worker got or a
 * {@code .waitForTaskToken} task passed on.
 */
public final class CallbackOperations {
  /** How long GetActivityTask waits for a task before it answers without one. */
  public static final Duration POLL = Duration.ofSeconds(60);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ActivityStore activities;
  private final DurableRuntime runtime;
  private final Duration poll;

  private CallbackOperations(ActivityStore activities, DurableRuntime runtime, Duration poll) {
    this.activities = activities;
    this.runtime = runtime;
    this.poll = poll;
  }

  public static void register(
      OperationRegistry.Builder registry, Store store, DurableRuntime runtime, Duration poll) {
    CallbackOperations operations = new CallbackOperations(store.activities(), runtime, poll);
    registry
        .register("GetActivityTask", operations::getActivityTask)
        .register("SendTaskSuccess", operations::sendTaskSuccess)
        .register("SendTaskFailure", operations::sendTaskFailure)
        .register("SendTaskHeartbeat", operations::sendTaskHeartbeat);
  }

  private ApiResult<JsonNode> getActivityTask(RequestContext context, ObjectNode input) {
    String text = Inputs.required(input, "activityArn");
    String worker = input.path("workerName").asText(null);
    return ArnParser.parse(text, ActivityArn.class)
        .then(
            arn ->
                activities.activity(arn.toString()).isEmpty()
                    ? Errors.activityDoesNotExist(text).asResult()
                    : ApiResult.ok(
                        taskFor(runtime.pollActivity(arn.toString(), worker, poll).join())));
  }

  /** The task handed to the worker, or an answer without a token when none came in time. */
  private static JsonNode taskFor(Optional<ActivityTask> task) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    task.ifPresent(t -> out.put("taskToken", t.taskToken()).put("input", t.input()));
    return out;
  }

  private ApiResult<JsonNode> sendTaskSuccess(RequestContext context, ObjectNode input) {
    String token = Inputs.required(input, "taskToken");
    JsonNode output;
    try {
      output = JSON.readTree(Inputs.required(input, "output"));
    } catch (JsonProcessingException notJson) {
      return ApiError.of("InvalidOutput", "Invalid Output: '" + notJson.getOriginalMessage() + "'")
          .asResult();
    }
    return answered(runtime.answer(token, TaskResult.success(output)));
  }

  private ApiResult<JsonNode> sendTaskFailure(RequestContext context, ObjectNode input) {
    String token = Inputs.required(input, "taskToken");
    TaskResult failure =
        TaskResult.failure(input.path("error").asText(null), input.path("cause").asText(null));
    return answered(runtime.answer(token, failure));
  }

  private ApiResult<JsonNode> sendTaskHeartbeat(RequestContext context, ObjectNode input) {
    return answered(runtime.heartbeat(Inputs.required(input, "taskToken")));
  }

  private static ApiResult<JsonNode> answered(CallbackOutcome outcome) {
    return switch (outcome) {
      case ACCEPTED -> ApiResult.ok(JsonNodeFactory.instance.objectNode());
      case INVALID_TOKEN ->
          ApiError.of("InvalidToken", "Invalid Token: 'Invalid token'").asResult();
      case NO_SUCH_TASK -> ApiError.of("TaskDoesNotExist", "Task Does Not Exist").asResult();
      case TIMED_OUT -> ApiError.of("TaskTimedOut", "Task Timed Out").asResult();
    };
  }
}
