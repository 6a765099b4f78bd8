package io.stepwise.service.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ActivityArn;
import io.stepwise.service.arn.ArnScope;
import io.stepwise.service.name.ResourceNames;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.StoredJson;
import io.stepwise.service.tags.TagLimits;
import io.stepwise.store.ActivityRecord;
import io.stepwise.store.Store;
import java.time.Clock;
import java.util.Map;

/**
 * CreateActivity. It is idempotent, as on AWS: creating an activity that exists answers with the
 * existing one (and adds the request's tags to it).
 */
final class CreateActivity implements ApiOperation {

  private final Store store;
  private final Clock clock;

  CreateActivity(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    String name = Inputs.required(input, "name");
    String arn =
        new ActivityArn(ArnScope.of(context.region(), context.accountId()), name).toString();
    Map<String, String> tags = Inputs.tags(input.path("tags"));
    return ResourceNames.check(name)
        .<ApiResult<Boolean>>map(invalid -> invalid.asResult())
        .orElseGet(() -> TagLimits.check(arn, store.tags().tags(arn), tags))
        .map(ok -> create(arn, name, tags, input));
  }

  private JsonNode create(String arn, String name, Map<String, String> tags, ObjectNode input) {
    String encryption =
        Inputs.member(input, "encryptionConfiguration").map(StoredJson::write).orElse(null);
    ActivityRecord wanted = new ActivityRecord(arn, name, encryption, clock.millis());
    store.activities().createActivity(wanted);
    ActivityRecord activity = store.activities().activity(arn).orElse(wanted);
    if (!tags.isEmpty()) {
      store.tags().tag(arn, tags);
    }
    return ActivityOperations.created(activity);
  }
}
