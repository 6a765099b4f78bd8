package io.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryRenderer;
import io.stepwise.engine.state.ExecutionState;
import java.util.List;

/**
 * How an execution ended.
 *
 * @param output the output when it SUCCEEDED, else {@code null}
 * @param error the error when it FAILED, TIMED_OUT or was ABORTED (may be null)
 * @param cause the cause, likewise (may be null)
 * @param history every event of the execution's own history, in order
 * @param events every event the engine applied, those of the child executions of distributed Map
 *     states included, in order: what {@code Engine.replay} needs to rebuild {@code finalState}
 * @param finalState the engine's state when the run ended, which a replay of {@code events} must
 *     reproduce (compare their {@code snapshot()}s); no one may change it
 */
public record ExecutionResult(
    ExecutionStatus status,
    JsonNode output,
    String error,
    String cause,
    List<HistoryEvent> history,
    List<HistoryEvent> events,
    ExecutionState finalState) {

  /** The history as AWS's GetExecutionHistory returns it. */
  public ObjectNode historyJson() {
    return HistoryRenderer.render(history);
  }
}
