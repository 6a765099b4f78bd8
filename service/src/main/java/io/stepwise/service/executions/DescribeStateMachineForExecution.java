package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Errors;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.StoredJson;
import io.stepwise.service.shape.Timestamps;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.MachineStore;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.Store;
import io.stepwise.store.VersionRecord;
import java.util.Optional;

/**
 * DescribeStateMachineForExecution: the definition the execution runs (its own revision, whatever
 * the machine's definition is now) with the configuration of its machine or version.
 */
final class DescribeStateMachineForExecution implements ApiOperation {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Store store;

  DescribeStateMachineForExecution(Store store) {
    this.store = store;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    return ExecutionLookup.execution(store.executions(), Inputs.required(input, "executionArn"))
        .then(this::describe);
  }

  private ApiResult<JsonNode> describe(ExecutionRecord row) {
    MachineStore machines = store.machines();
    Optional<StateMachineRecord> machine =
        row.versionArn() != null
            ? machines.version(row.versionArn()).map(VersionRecord::snapshot)
            : machines.machine(row.stateMachineArn());
    Optional<String> definition = machines.definition(row.stateMachineArn(), row.revisionId());
    if (machine.isEmpty() || definition.isEmpty()) {
      return Errors.machineDoesNotExist(row.stateMachineArn()).asResult();
    }
    return ApiResult.ok(output(row, machine.get(), definition.get()));
  }

  private static ObjectNode output(ExecutionRecord row, StateMachineRecord machine, String text) {
    ObjectNode out =
        JSON.objectNode()
            .put("stateMachineArn", row.stateMachineArn())
            .put("name", machine.name())
            .put("definition", text)
            .put("roleArn", machine.roleArn());
    out.set("updateDate", Timestamps.epochSeconds(machine.creationDate()));
    out.set(
        "loggingConfiguration",
        machine.loggingConfiguration() == null
            ? JSON.objectNode().put("level", "OFF").put("includeExecutionData", false)
            : StoredJson.read(machine.loggingConfiguration()));
    return out.set(
        "tracingConfiguration", JSON.objectNode().put("enabled", machine.tracingEnabled()));
  }
}
