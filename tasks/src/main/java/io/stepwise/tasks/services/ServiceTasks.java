package io.stepwise.tasks.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.runtime.TaskContext;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * Registers the tasks that call AWS services: the optimized integrations {@code sqs:sendMessage},
 * {@code sns:publish}, {@code dynamodb:getItem|putItem|updateItem|deleteItem} and {@code
 * events:putEvents}, and {@code aws-sdk:<service>:<action>} for the services of {@link
 * AwsServices}. Each call goes to the execution's region.
 */
public final class ServiceTasks {
  private static final String OPTIMIZED = "arn:aws:states:::";
  private static final String AWS_SDK = "arn:aws:states:::aws-sdk:";

  private final ServiceClient client;
  private final String defaultRegion;

  private ServiceTasks(ServiceClient client, String defaultRegion) {
    this.client = client;
    this.defaultRegion = defaultRegion;
  }

  public static TaskRegistry register(TaskRegistry tasks, ServiceClient client, String region) {
    ServiceTasks services = new ServiceTasks(client, region);
    tasks.register(
        OPTIMIZED + "sqs:sendMessage",
        services.json(AwsServices.SQS, "SendMessage", p -> stringified(p, "MessageBody")));
    for (String action : new String[] {"getItem", "putItem", "updateItem", "deleteItem"}) {
      tasks.register(
          OPTIMIZED + "dynamodb:" + action,
          services.json(AwsServices.DYNAMODB, pascal(action), UnaryOperator.identity()));
    }
    tasks.register(
        OPTIMIZED + "events:putEvents",
        services.json(AwsServices.EVENTBRIDGE, "PutEvents", ServiceTasks::detailsStringified));
    tasks.register(OPTIMIZED + "sns:publish", services::publish);
    tasks.registerPrefix(AWS_SDK, services::awsSdk);
    return tasks;
  }

  private TaskInvoker json(AwsService service, String action, UnaryOperator<JsonNode> request) {
    return (parameters, context) ->
        client.callJson(service, action, request.apply(parameters), region(context));
  }

  private CompletionStage<TaskResult> publish(JsonNode parameters, TaskContext context) {
    return client.callQuery(
        QueryService.SNS, SnsPublish.form(parameters), region(context), SnsPublish::result);
  }

  /** {@code arn:aws:states:::aws-sdk:<service>:<action>}, the action in camel case. */
  private CompletionStage<TaskResult> awsSdk(JsonNode parameters, TaskContext context) {
    String[] parts = context.resource().substring(AWS_SDK.length()).split(":", 2);
    return AwsServices.bySdkName(parts[0])
        .filter(service -> parts.length == 2 && !parts[1].isEmpty())
        .map(service -> client.callJson(service, pascal(parts[1]), parameters, region(context)))
        .orElseGet(
            () ->
                CompletableFuture.completedFuture(
                    TaskResult.failure(
                        ErrorNames.TASK_FAILED,
                        "Stepwise calls aws-sdk tasks of these services only: "
                            + AwsServices.names()
                            + "; the resource "
                            + context.resource()
                            + " names another")));
  }

  /** The region of the task's execution ({@code $$.Execution.Id}), else the default. */
  private String region(TaskContext context) {
    if (context == null || context.context() == null) {
      return defaultRegion;
    }
    String[] arn = context.contextObject().path("Execution").path("Id").asText("").split(":");
    return arn.length > 3 && !arn[3].isEmpty() ? arn[3] : defaultRegion;
  }

  private static String pascal(String action) {
    return MemberCase.firstLetter(action, true);
  }

  /** A copy of {@code parameters} whose {@code field}, when not text, is its JSON text. */
  private static JsonNode stringified(JsonNode parameters, String field) {
    JsonNode value = parameters.get(field);
    if (value == null || value.isTextual() || !parameters.isObject()) {
      return parameters;
    }
    ObjectNode copy = ((ObjectNode) parameters).deepCopy();
    copy.put(field, value.toString());
    return copy;
  }

  /** PutEvents' entries with each {@code Detail} as JSON text, as EventBridge takes it. */
  private static JsonNode detailsStringified(JsonNode parameters) {
    if (!parameters.path("Entries").isArray()) {
      return parameters;
    }
    ObjectNode copy = ((ObjectNode) parameters).deepCopy();
    var entries = copy.withArray("Entries");
    for (int i = 0; i < entries.size(); i++) {
      entries.set(i, stringified(entries.get(i), "Detail"));
    }
    return copy;
  }
}
