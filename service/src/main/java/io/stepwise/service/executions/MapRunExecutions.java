package io.stepwise.service.executions;

import io.stepwise.service.api.ApiResult;
import io.stepwise.store.ExecutionRecord;
import java.util.List;
import java.util.Optional;

/**
 * The child executions of distributed Map states' Map Runs. Stepwise runs them inside their parent
 * execution, so they have no rows of their own: their parent's history and journal tell them, as
 * rows whose {@code mapRunArn} names their Map Run, for ListExecutions and DescribeExecution.
 */
public interface MapRunExecutions {

  /**
   * The child executions of the Map Run {@code mapRunArn}, by item index; InvalidArn for text that
   * is not a Map Run ARN, ResourceNotFound for a Map Run that does not exist.
   */
  ApiResult<List<Child>> children(String mapRunArn);

  /** The child execution {@code executionArn}, if it is one of a Map Run. */
  Optional<ExecutionRecord> child(String executionArn);

  /**
   * A child execution.
   *
   * @param started how many child executions of its Map Run had started before it
   * @param itemCount how many items it processes (more than one with an ItemBatcher)
   */
  record Child(ExecutionRecord row, int started, int itemCount) {}
}
