package io.stepwise.server.console;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.service.maprun.MapRunChild;
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

  /**
   * A child execution of a Map Run: its input, and its output or error once it ended, as JSON text;
   * members it does not have yet are left out.
   */
  static ObjectNode mapRunChild(MapRunChild child) {
    ObjectNode row =
        NODES
            .objectNode()
            .put("executionArn", child.executionArn())
            .put("name", child.name())
            .put("index", child.index())
            .put("status", child.status())
            .put("startDate", child.startDate())
            .put("input", child.input().toString());
    if (child.stopDate() != null) {
      row.put("stopDate", child.stopDate());
    }
    if (child.output() != null) {
      row.put("output", child.output().toString());
    }
    if (child.error() != null || child.cause() != null) {
      row.put("error", child.error()).put("cause", child.cause());
    }
    return row;
  }
}
