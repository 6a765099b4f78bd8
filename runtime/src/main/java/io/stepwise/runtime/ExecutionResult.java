package io.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryRenderer;
import java.util.List;

/**
 * How an execution ended.
 *
 * @param output the output when it SUCCEEDED, else {@code null}
 * @param error the error when it FAILED, TIMED_OUT or was ABORTED (may be null)
 * @param cause the cause, likewise (may be null)
 * @param history every event, in order
 */
public record ExecutionResult(
    ExecutionStatus status,
    JsonNode output,
    String error,
    String cause,
    List<HistoryEvent> history) {

  /** The history as AWS's GetExecutionHistory returns it. */
  public ObjectNode historyJson() {
    return HistoryRenderer.render(history);
  }
}
