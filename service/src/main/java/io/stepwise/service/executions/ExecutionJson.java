package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.service.shape.Timestamps;
import io.stepwise.store.ExecutionRecord;
import java.util.Optional;

/** Executions in the output shapes of the API; inputs and outputs are JSON text, as on AWS. */
final class ExecutionJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ExecutionJson() {}

  /** The members that DescribeExecution, ListExecutions and StartSyncExecution share. */
  private static ObjectNode common(ExecutionRecord row) {
    ObjectNode out =
        JSON.objectNode()
            .put("executionArn", row.arn())
            .put("stateMachineArn", row.stateMachineArn())
            .put("name", row.name())
            .put("status", row.status().name());
    out.set("startDate", Timestamps.epochSeconds(row.startDate()));
    if (row.stopDate() != null) {
      out.set("stopDate", Timestamps.epochSeconds(row.stopDate()));
    }
    return out;
  }

  /** ListExecutions' item. */
  static ObjectNode listItem(ExecutionRecord row) {
    ObjectNode out = common(row);
    qualifiers(out, row);
    out.put("redriveCount", row.redriveCount());
    if (row.redriveDate() != null) {
      out.set("redriveDate", Timestamps.epochSeconds(row.redriveDate()));
    }
    return out;
  }

  /** DescribeExecution's output. */
  static ObjectNode describe(ExecutionRecord row, Optional<String> notRedrivableReason) {
    ObjectNode out = payloads(common(row), row);
    qualifiers(out, row);
    out.put("redriveCount", row.redriveCount());
    if (notRedrivableReason.isPresent()) {
      out.put("redriveStatus", "NOT_REDRIVABLE");
      out.put("redriveStatusReason", notRedrivableReason.get());
    } else {
      out.put("redriveStatus", "REDRIVABLE");
    }
    if (row.redriveDate() != null) {
      out.set("redriveDate", Timestamps.epochSeconds(row.redriveDate()));
    }
    return out;
  }

  /** StartSyncExecution's output for an ended Express execution. */
  static ObjectNode sync(ExecutionRecord row) {
    ObjectNode out = payloads(common(row), row);
    long duration = Math.max(0, row.stopDate() - row.startDate());
    out.putObject("billingDetails")
        .put("billedDurationInMilliseconds", Math.max(100, (duration + 99) / 100 * 100))
        .put("billedMemoryUsedInMB", 64);
    return out;
  }

  private static ObjectNode payloads(ObjectNode out, ExecutionRecord row) {
    out.put("input", row.input());
    out.putObject("inputDetails").put("included", true);
    if (row.output() != null) {
      out.put("output", row.output());
    }
    if (row.status() != ExecutionStatus.RUNNING) {
      out.putObject("outputDetails").put("included", true);
    }
    if (row.error() != null) {
      out.put("error", row.error());
    }
    if (row.cause() != null) {
      out.put("cause", row.cause());
    }
    return out;
  }

  private static void qualifiers(ObjectNode out, ExecutionRecord row) {
    if (row.versionArn() != null) {
      out.put("stateMachineVersionArn", row.versionArn());
    }
    if (row.aliasArn() != null) {
      out.put("stateMachineAliasArn", row.aliasArn());
    }
    if (row.mapRunArn() != null) {
      out.put("mapRunArn", row.mapRunArn());
    }
  }
}
