package io.stepwise.engine.step;

import io.stepwise.asl.model.ErrorNames;
import io.stepwise.engine.Decision;
import io.stepwise.engine.Effect;
import io.stepwise.engine.ExecutionStatus;
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
 *
 * <p>It also keeps AWS's limit of {@value #HISTORY_LIMIT} events in a Standard execution's history:
 * the event that would be the last one allowed becomes an ExecutionFailed instead, and whatever the
 * steps still emit or ask for in that decision is dropped, unrecorded and unapplied, so that the
 * state stays the fold of the recorded history. Express executions keep no history, and have no
 * such limit.
 */
public final class DecisionBuilder {
  /** The most events a Standard execution's history holds; AWS fails the execution there. */
  public static final long HISTORY_LIMIT = 25_000;

  static final String HISTORY_LIMIT_CAUSE =
      "The execution reached the limit of " + HISTORY_LIMIT + " events in its history";

  private final ExecutionState state;
  private final long now;
  private final List<HistoryEvent> events = new ArrayList<>();
  private final List<Effect> effects = new ArrayList<>(2);
  private boolean historyFull;

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
    if (historyFull) {
      return event;
    }
    if (reachesLimit(event)) {
      failForFullHistory(previousEventId);
      return event;
    }
    events.add(event);
    HistoryApplier.apply(state, event);
    return event;
  }

  /**
   * Appends and applies an event that only the engine's journal keeps, such as MapRunUpdated: it
   * has no id, since no history shows it.
   */
  public void record(HistoryEventType type, EventDetails details, int thread) {
    if (historyFull) {
      return;
    }
    HistoryEvent event = new HistoryEvent(0, 0, now, type, details, thread);
    events.add(event);
    HistoryApplier.apply(state, event);
  }

  public void effect(Effect effect) {
    if (!historyFull) {
      effects.add(effect);
    }
  }

  /**
   * Whether {@code event} would be the execution's last allowed event without ending it. Events of
   * a distributed Map's child executions count in their own histories, not in this one.
   */
  private boolean reachesLimit(HistoryEvent event) {
    return event.id() >= HISTORY_LIMIT
        && state.isOwnEvent(event)
        && event.type() != HistoryEventType.EXECUTION_FAILED
        && !state.identity().isExpress();
  }

  private void failForFullHistory(long previousEventId) {
    HistoryEvent failed =
        new HistoryEvent(
            state.nextEventId(0),
            previousEventId,
            now,
            HistoryEventType.EXECUTION_FAILED,
            new EventDetails.ErrorDetails(ErrorNames.RUNTIME, HISTORY_LIMIT_CAUSE),
            0);
    events.add(failed);
    HistoryApplier.apply(state, failed);
    effects.clear();
    effects.add(new Effect.ExecutionCompleted(ExecutionStatus.FAILED));
    historyFull = true;
  }

  public Decision build() {
    return new Decision(events, effects);
  }
}
