package io.stepwise.engine;

import io.stepwise.engine.history.HistoryEvent;
import java.util.List;

/** The outcome of a command: events to commit, then effects to perform. */
public record Decision(List<HistoryEvent> events, List<Effect> effects) {}
