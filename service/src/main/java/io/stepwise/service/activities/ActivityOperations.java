package io.stepwise.service.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ActivityArn;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.ArnScope;
import io.stepwise.service.shape.Errors;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.PageRequest;
import io.stepwise.service.shape.Pages;
import io.stepwise.service.shape.StoredJson;
import io.stepwise.service.shape.Timestamps;
import io.stepwise.store.ActivityRecord;
import io.stepwise.store.ActivityStore;
import io.stepwise.store.Store;
import java.time.Clock;

/** DescribeActivity, DeleteActivity and ListActivities; CreateActivity has its own class. */
public final class ActivityOperations {

  private static final String LISTING = "activities";

  private final ActivityStore activities;

  private ActivityOperations(ActivityStore activities) {
    this.activities = activities;
  }

  public static void register(OperationRegistry.Builder registry, Store store, Clock clock) {
    ActivityOperations operations = new ActivityOperations(store.activities());
    registry
        .register("CreateActivity", new CreateActivity(store, clock))
        .register("DescribeActivity", operations::describe)
        .register("DeleteActivity", operations::delete)
        .register("ListActivities", operations::list);
  }

  private ApiResult<JsonNode> describe(RequestContext context, ObjectNode input) {
    String text = Inputs.required(input, "activityArn");
    return ArnParser.parse(text, ActivityArn.class)
        .then(
            arn ->
                activities
                    .activity(arn.toString())
                    .<ApiResult<JsonNode>>map(activity -> ApiResult.ok(describe(activity)))
                    .orElseGet(() -> Errors.activityDoesNotExist(text).asResult()));
  }

  /** Deleting an activity that does not exist succeeds, as on AWS. */
  private ApiResult<JsonNode> delete(RequestContext context, ObjectNode input) {
    return ArnParser.parse(Inputs.required(input, "activityArn"), ActivityArn.class)
        .map(
            arn -> {
              activities.deleteActivity(arn.toString());
              return JsonNodeFactory.instance.objectNode();
            });
  }

  private ApiResult<JsonNode> list(RequestContext context, ObjectNode input) {
    String prefix =
        new ActivityArn(ArnScope.of(context.region(), context.accountId()), "").toString();
    return PageRequest.of(input, LISTING)
        .map(
            request ->
                Pages.output(
                    LISTING,
                    activities.activities(prefix, request.limit(), request.cursor().orElse(null)),
                    ActivityOperations::listItem));
  }

  static ObjectNode created(ActivityRecord activity) {
    ObjectNode out = JsonNodeFactory.instance.objectNode().put("activityArn", activity.arn());
    return out.set("creationDate", Timestamps.epochSeconds(activity.creationDate()));
  }

  private static ObjectNode listItem(ActivityRecord activity) {
    return created(activity).put("name", activity.name());
  }

  private static ObjectNode describe(ActivityRecord activity) {
    ObjectNode out = listItem(activity);
    return out.set(
        "encryptionConfiguration", StoredJson.encryption(activity.encryptionConfiguration()));
  }
}
