package io.stepwise.engine.step;

import io.stepwise.engine.Decision;
import io.stepwise.engine.Effect;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.state.ExecutionState;
import io.stepwise.engine.state.HistoryApplier;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the events and effects of one decision. Every event is applied to the state as soon as
 * it is emitted, so the state always equals the fold of the history, and later steps of the same
 * decision see its effect.
 */
public final class DecisionBuilder {
  private final ExecutionState state;
  private final long now;
  private final List<HistoryEvent> events = new ArrayList<>();
  private final List<Effect> effects = new ArrayList<>(2);

  public DecisionBuilder(ExecutionState state, long now) {
    this.state = state;
    this.now = now;
  }

  public ExecutionState state() {
    return state;
  }

  /** The decision's time in epoch milliseconds: every event gets it as its timestamp. */
  public long now() {
    return now;
  }

  /** Appends an event of {@code thread}, applies it and returns it. */
  public HistoryEvent emit(
      HistoryEventType type, EventDetails details, int thread, long previousEventId) {
    HistoryEvent event =
        new HistoryEvent(state.nextEventId(thread), previousEventId, now, type, details, thread);
    events.add(event);
    HistoryApplier.apply(state, event);
    return event;
  }

  public void effect(Effect effect) {
    effects.add(effect);
  }

  public Decision build() {
    return new Decision(events, effects);
  }
}
