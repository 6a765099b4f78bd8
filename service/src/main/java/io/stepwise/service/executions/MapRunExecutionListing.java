package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.shape.PageRequest;
import io.stepwise.service.shape.Pages;
import io.stepwise.store.Page;
import java.util.Comparator;
import java.util.List;

/**
 * ListExecutions of a Map Run: its child executions, newest first as AWS lists executions, each
 * with its Map Run and the number of its items. A page's token holds the place of the next child to
 * list in the order they started, so that children started meanwhile, listed first, do not shift
 * the pages that follow.
 */
final class MapRunExecutionListing {
  private static final String LISTING = "executions";
  private static final Comparator<MapRunExecutions.Child> NEWEST_FIRST =
      Comparator.comparingInt(MapRunExecutions.Child::started).reversed();

  private final MapRunExecutions mapRuns;

  MapRunExecutionListing(MapRunExecutions mapRuns) {
    this.mapRuns = mapRuns;
  }

  /**
   * The page {@code request} of the children of {@code mapRunArn} with the status {@code status}
   * (any when {@code null}), and only those {@code redriven} or not (either when {@code null}).
   */
  ApiResult<JsonNode> list(
      String mapRunArn, ExecutionStatus status, Boolean redriven, PageRequest request) {
    return mapRuns
        .children(mapRunArn)
        .map(
            children ->
                children.stream()
                    .filter(child -> status == null || child.row().status() == status)
                    .filter(child -> redriven == null || redriven == isRedriven(child))
                    .sorted(NEWEST_FIRST)
                    .toList())
        .map(listed -> Pages.output(LISTING, page(listed, request), MapRunExecutionListing::item));
  }

  private static boolean isRedriven(MapRunExecutions.Child child) {
    return child.row().redriveCount() > 0;
  }

  private static ObjectNode item(MapRunExecutions.Child child) {
    return ExecutionJson.listItem(child.row()).put("itemCount", child.itemCount());
  }

  /** The children from the one the cursor names (or the first) on; the cursor is its place. */
  private static Page<MapRunExecutions.Child> page(
      List<MapRunExecutions.Child> newestFirst, PageRequest request) {
    long next = request.cursor().map(Long::parseLong).orElse(Long.MAX_VALUE);
    int from = 0;
    while (from < newestFirst.size() && newestFirst.get(from).started() > next) {
      from++;
    }
    int to = Math.min(from + request.limit(), newestFirst.size());
    String cursor =
        to < newestFirst.size() ? Integer.toString(newestFirst.get(to).started()) : null;
    return new Page<>(newestFirst.subList(from, to), cursor);
  }
}
