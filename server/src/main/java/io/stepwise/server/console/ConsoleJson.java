package io.stepwise.server.console;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineRecord;

/** The console API's JSON of stored rows; dates are epoch milliseconds. */
final class ConsoleJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConsoleJson() {}

  static ObjectNode machine(StateMachineRecord machine) {
    return NODES
        .objectNode()
        .put("stateMachineArn", machine.arn())
        .put("name", machine.name())
        .put("type", machine.type().name())
        .put("creationDate", machine.creationDate())
        .put("description", machine.description());
  }

  static ObjectNode execution(ExecutionRecord execution) {
    return NODES
        .objectNode()
        .put("executionArn", execution.arn())
        .put("stateMachineArn", execution.stateMachineArn())
        .put("name", execution.name())
        .put("status", execution.status().name())
        .put("startDate", execution.startDate())
        .put("stopDate", execution.stopDate())
        .put("input", execution.input())
        .put("output", execution.output())
        .put("error", execution.error())
        .put("cause", execution.cause())
        .put("redriveCount", execution.redriveCount());
  }
}
