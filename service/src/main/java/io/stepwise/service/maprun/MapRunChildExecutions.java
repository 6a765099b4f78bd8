package io.stepwise.service.maprun;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.MapRunChildNames;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.MapRunArn;
import io.stepwise.service.executions.MapRunExecutions;
import io.stepwise.store.ExecutionRecord;
import java.util.List;
import java.util.Optional;

/**
 * The child executions of Map Runs as the rows that ListExecutions and DescribeExecution show: each
 * runs the machine of its Map Run ({@code <machine>/<label>}) and names its Map Run.
 */
final class MapRunChildExecutions implements MapRunExecutions {
  private final MapRuns mapRuns;

  MapRunChildExecutions(MapRuns mapRuns) {
    this.mapRuns = mapRuns;
  }

  @Override
  public ApiResult<List<Child>> children(String mapRunArn) {
    return mapRuns
        .find(mapRunArn)
        .map(run -> mapRuns.children(run).stream().map(child -> child(run, child)).toList());
  }

  @Override
  public Optional<ExecutionRecord> child(String executionArn) {
    MapRunChildNames.Child named = MapRunChildNames.child(executionArn);
    if (named == null
        || !(ArnParser.parse(named.mapRunArn(), MapRunArn.class)
            instanceof ApiResult.Ok<MapRunArn> arn)) {
      return Optional.empty();
    }
    return mapRuns
        .lookup(arn.value())
        .flatMap(
            run ->
                mapRuns.children(run).stream()
                    .filter(child -> child.index() == named.index())
                    .findFirst()
                    .map(child -> row(run, child)));
  }

  private static Child child(MapRunRecord run, MapRunChild child) {
    return new Child(row(run, child), child.started(), MapRunCounts.itemCount(run, child));
  }

  private static ExecutionRecord row(MapRunRecord run, MapRunChild child) {
    return new ExecutionRecord(
        child.executionArn(),
        run.stateMachineArn(),
        null,
        null,
        null,
        child.name(),
        ExecutionStatus.valueOf(child.status()),
        child.startDate(),
        child.stopDate(),
        child.input().toString(),
        child.output() == null ? null : child.output().toString(),
        child.error(),
        child.cause(),
        0,
        null,
        run.mapRunArn(),
        null);
  }
}
