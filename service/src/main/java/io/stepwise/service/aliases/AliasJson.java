package io.stepwise.service.aliases;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.shape.Timestamps;
import io.stepwise.store.AliasRecord;
import io.stepwise.store.AliasRoute;

/** Aliases in the output shapes of the API. */
final class AliasJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private AliasJson() {}

  /** CreateStateMachineAlias's output, and an item of ListStateMachineAliases. */
  static ObjectNode summary(AliasRecord alias) {
    ObjectNode out = JSON.objectNode().put("stateMachineAliasArn", alias.arn());
    return out.set("creationDate", Timestamps.epochSeconds(alias.creationDate()));
  }

  static ObjectNode describe(AliasRecord alias) {
    ObjectNode out = summary(alias).put("name", alias.name());
    if (alias.description() != null) {
      out.put("description", alias.description());
    }
    ArrayNode routing = out.putArray("routingConfiguration");
    for (AliasRoute route : alias.routing()) {
      routing
          .addObject()
          .put("stateMachineVersionArn", route.versionArn())
          .put("weight", route.weight());
    }
    if (alias.updateDate() != null) {
      out.set("updateDate", Timestamps.epochSeconds(alias.updateDate()));
    }
    return out;
  }
}
