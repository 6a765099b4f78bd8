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
   * failure, as AWS shows it. The results of a run that succeeded count as written, as AWS counts
   * them (with or without a ResultWriter).
   */
  static ObjectNode describe(
      MapRunRecord run, MapRunRecord.Counts itemCounts, MapRunRecord.Counts executionCounts) {
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
    boolean written = run.status().equals("SUCCEEDED");
    counts(out.putObject("itemCounts"), itemCounts, run.items(), written);
    counts(out.putObject("executionCounts"), executionCounts, run.executions(), written);
    out.put("redriveCount", run.redriveCount());
    if (run.redriveDate() != null) {
      out.set("redriveDate", Timestamps.epochSeconds(run.redriveDate()));
    }
    return out;
  }

  private static void counts(
      ObjectNode out, MapRunRecord.Counts counts, int total, boolean written) {
    out.put("pending", counts.pending())
        .put("running", counts.running())
        .put("succeeded", counts.succeeded())
        .put("failed", counts.failed())
        .put("timedOut", 0)
        .put("aborted", counts.aborted())
        .put("total", total)
        .put("resultsWritten", written ? counts.succeeded() : 0)
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
