package io.stepwise.service.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TagResource, UntagResource and ListTagsForResource, on state machines and activities. */
public final class TagOperations {

  private final Store store;

  private TagOperations(Store store) {
    this.store = store;
  }

  public static void register(OperationRegistry.Builder registry, Store store) {
    TagOperations tags = new TagOperations(store);
    registry
        .register("TagResource", tags::tag)
        .register("UntagResource", tags::untag)
        .register("ListTagsForResource", tags::list);
  }

  private ApiResult<JsonNode> tag(RequestContext context, ObjectNode input) {
    Map<String, String> added = Inputs.tags(input.path("tags"));
    return TaggableResources.existing(store, Inputs.required(input, "resourceArn"))
        .then(arn -> TagLimits.check(arn, store.tags().tags(arn), added).map(ok -> arn))
        .map(
            arn -> {
              store.tags().tag(arn, added);
              return JsonNodeFactory.instance.objectNode();
            });
  }

  private ApiResult<JsonNode> untag(RequestContext context, ObjectNode input) {
    List<String> keys = new ArrayList<>();
    input.path("tagKeys").forEach(key -> keys.add(key.asText()));
    return TaggableResources.existing(store, Inputs.required(input, "resourceArn"))
        .map(
            arn -> {
              store.tags().untag(arn, keys);
              return JsonNodeFactory.instance.objectNode();
            });
  }

  private ApiResult<JsonNode> list(RequestContext context, ObjectNode input) {
    return TaggableResources.existing(store, Inputs.required(input, "resourceArn"))
        .map(
            arn -> {
              ObjectNode out = JsonNodeFactory.instance.objectNode();
              ArrayNode tags = out.putArray("tags");
              store
                  .tags()
                  .tags(arn)
                  .forEach((key, value) -> tags.addObject().put("key", key).put("value", value));
              return out;
            });
  }
}
