package io.stepwise.service.maprun;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.history.MapRunSettings;
import io.stepwise.service.shape.Timestamps;

/** Map Runs in the output shapes of ListMapRuns and DescribeMapRun. */
final class MapRunJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private MapRunJson() {}

  /** ListMapRuns' item. */
  static ObjectNode listItem(MapRunRecord run) {
    ObjectNode out =
        JSON.objectNode()
            .put("executionArn", run.executionArn())
            .put("mapRunArn", run.mapRunArn())
            .put("stateMachineArn", run.stateMachineArn());
    return dates(out, run);
  }

  /**
   * DescribeMapRun's output. A tolerance the Map state does not set is 0, which tolerates no
   * failure, as AWS shows it.
   */
  static ObjectNode describe(MapRunRecord run) {
    ObjectNode out =
        JSON.objectNode()
            .put("mapRunArn", run.mapRunArn())
            .put("executionArn", run.executionArn())
            .put("status", run.status());
    dates(out, run);
    MapRunSettings settings = run.settings();
    out.put("maxConcurrency", settings.maxConcurrency());
    out.put(
        "toleratedFailurePercentage", (float) Math.max(0, settings.toleratedFailurePercentage()));
    out.put("toleratedFailureCount", Math.max(0, settings.toleratedFailureCount()));
    counts(out.putObject("itemCounts"), itemCounts(run), run.items());
    counts(out.putObject("executionCounts"), run.counts(), run.executions());
    out.put("redriveCount", run.redriveCount());
    if (run.redriveDate() != null) {
      out.set("redriveDate", Timestamps.epochSeconds(run.redriveDate()));
    }
    return out;
  }

  /**
   * How the items stand: as the child executions when each took one item; with batches, every item
   * while the run waits or once it succeeded, and otherwise the counts of the executions, since the
   * history does not record which batch held which items.
   */
  private static MapRunRecord.Counts itemCounts(MapRunRecord run) {
    if (run.items() == run.executions()) {
      return run.counts();
    }
    return switch (run.status()) {
      case "SUCCEEDED" -> new MapRunRecord.Counts(0, 0, run.items(), 0, 0);
      case "RUNNING" -> new MapRunRecord.Counts(run.items(), 0, 0, 0, 0);
      default -> run.counts();
    };
  }

  private static void counts(ObjectNode out, MapRunRecord.Counts counts, int total) {
    out.put("pending", counts.pending())
        .put("running", counts.running())
        .put("succeeded", counts.succeeded())
        .put("failed", counts.failed())
        .put("timedOut", 0)
        .put("aborted", counts.aborted())
        .put("total", total)
        .put("resultsWritten", 0)
        .put("failuresNotRedrivable", 0)
        .put("pendingRedrive", 0);
  }

  private static ObjectNode dates(ObjectNode out, MapRunRecord run) {
    out.set("startDate", Timestamps.epochSeconds(run.startDate()));
    if (run.stopDate() != null) {
      out.set("stopDate", Timestamps.epochSeconds(run.stopDate()));
    }
    return out;
  }
}
