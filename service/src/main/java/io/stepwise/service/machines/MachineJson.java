package io.stepwise.service.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.shape.StoredJson;
import io.stepwise.service.shape.Timestamps;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.VersionRecord;

/** State machines and versions in the output shapes of the API. */
final class MachineJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private MachineJson() {}

  /** DescribeStateMachine's output for a machine. */
  static ObjectNode describe(StateMachineRecord machine) {
    ObjectNode out =
        JSON.objectNode()
            .put("stateMachineArn", machine.arn())
            .put("name", machine.name())
            .put("status", machine.status().name())
            .put("definition", machine.definition())
            .put("roleArn", machine.roleArn())
            .put("type", machine.type().name());
    out.set("creationDate", Timestamps.epochSeconds(machine.creationDate()));
    out.set("loggingConfiguration", logging(machine));
    out.set("tracingConfiguration", JSON.objectNode().put("enabled", machine.tracingEnabled()));
    out.set("encryptionConfiguration", StoredJson.encryption(machine.encryptionConfiguration()));
    if (Revisions.wasUpdated(machine)) {
      out.put("revisionId", machine.revisionId());
    }
    VariableReferences.of(machine.definition(), machine.type())
        .ifPresent(references -> out.set("variableReferences", references));
    return out;
  }

  /** DescribeStateMachine's output for a version: the snapshot under the version's ARN. */
  static ObjectNode describe(VersionRecord version) {
    ObjectNode out = describe(version.snapshot()).put("stateMachineArn", version.arn());
    if (version.description() != null) {
      out.put("description", version.description());
    }
    return out;
  }

  static ObjectNode listItem(StateMachineRecord machine) {
    ObjectNode item =
        JSON.objectNode()
            .put("stateMachineArn", machine.arn())
            .put("name", machine.name())
            .put("type", machine.type().name());
    return item.set("creationDate", Timestamps.epochSeconds(machine.creationDate()));
  }

  static ObjectNode version(VersionRecord version) {
    ObjectNode item = JSON.objectNode().put("stateMachineVersionArn", version.arn());
    return item.set("creationDate", Timestamps.epochSeconds(version.creationDate()));
  }

  private static JsonNode logging(StateMachineRecord machine) {
    String stored = machine.loggingConfiguration();
    return stored == null ? LoggingConfigurations.off() : StoredJson.read(stored);
  }
}
