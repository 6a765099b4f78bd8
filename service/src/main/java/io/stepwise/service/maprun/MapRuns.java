package io.stepwise.service.maprun;

import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.MapRunArn;
import io.stepwise.service.shape.Errors;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import io.stepwise.store.JournalEvent;
import java.util.List;
import java.util.Optional;

/** Finds Map Runs in the histories of the executions that ran them. */
final class MapRuns {
  private final ExecutionStore executions;
  private final DurableRuntime runtime;

  MapRuns(ExecutionStore executions, DurableRuntime runtime) {
    this.executions = executions;
    this.runtime = runtime;
  }

  /**
   * The Map Runs of an execution, oldest first; a run that is still running shows the settings that
   * UpdateMapRun gave it: those its journal records (MapRunUpdated), and those the runtime has not
   * committed yet.
   */
  List<MapRunRecord> of(ExecutionRecord execution) {
    List<JournalEvent> updates =
        executions.journal(execution.arn()).stream()
            .filter(entry -> entry.event().type() == HistoryEventType.MAP_RUN_UPDATED)
            .toList();
    List<HistoryEvent> history = JournalEvent.merge(executions.history(execution.arn()), updates);
    return MapRunHistory.of(execution, history).stream().map(this::updated).toList();
  }

  private MapRunRecord updated(MapRunRecord run) {
    if (!run.status().equals("RUNNING")) {
      return run;
    }
    return runtime
        .mapRunUpdate(run.executionArn(), run.mapRunArn())
        .map(update -> run.with(update.applyTo(run.settings())))
        .orElse(run);
  }

  /** The Map Run that {@code text} names: InvalidArn, or ResourceNotFound if there is none. */
  ApiResult<MapRunRecord> find(String text) {
    return ArnParser.parse(text, MapRunArn.class)
        .then(
            arn ->
                lookup(arn)
                    .map(ApiResult::ok)
                    .orElseGet(() -> Errors.resourceNotFound(text).asResult()));
  }

  /** The Map Run {@code arn}, if its execution ran one so named. */
  Optional<MapRunRecord> lookup(MapRunArn arn) {
    return executions
        .execution(executionArn(arn))
        .flatMap(execution -> run(execution, arn.toString()));
  }

  /** The child executions of {@code run}, by item index. */
  List<MapRunChild> children(MapRunRecord run) {
    return MapRunChildren.of(executions.replayHistory(run.executionArn()), run.mapRunArn())
        .orElse(List.of());
  }

  private Optional<MapRunRecord> run(ExecutionRecord execution, String mapRunArn) {
    return of(execution).stream().filter(r -> r.mapRunArn().equals(mapRunArn)).findFirst();
  }

  /**
   * The execution that ran a Map Run: its ARN ends with the execution's name and the id of the
   * event that started the Map state, {@code <name>-<id>}.
   */
  private static String executionArn(MapRunArn arn) {
    String uuid = arn.uuid();
    int dash = uuid.lastIndexOf('-');
    String name = dash < 0 ? uuid : uuid.substring(0, dash);
    String mapRun = arn.toString();
    return mapRun.substring(0, mapRun.indexOf(":mapRun:"))
        + ":execution:"
        + arn.machineName()
        + ":"
        + name;
  }
}
