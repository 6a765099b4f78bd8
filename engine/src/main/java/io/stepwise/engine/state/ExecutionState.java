package io.stepwise.engine.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.model.Workflow;
import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.Inspector;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live state of one execution: the fold of its history with {@link HistoryApplier}. It is owned
 * by one worker at a time (the execution's mailbox), so it is changed in place rather than copied
 * on every event; {@link #snapshot()} lets a replay compare itself with the live state.
 */
public final class ExecutionState {
  private final StateMachine machine;
  private final ExecutionIdentity identity;
  private final List<Frame> frames = new ArrayList<>();
  private final Map<Long, Frame> tasks = new HashMap<>();
  private final Map<Long, Frame> timers = new HashMap<>();
  private final Inspector inspector;

  ExecutionStatus status = ExecutionStatus.RUNNING;
  JsonNode input;
  long startTime;
  long lastEventId;
  long lastEventTime;
  JsonNode output;
  String error;
  String cause;
  int redriveCount;
  long redriveTime;

  public ExecutionState(StateMachine machine, ExecutionIdentity identity) {
    this(machine, identity, Inspector.NONE);
  }

  /** An execution whose states' context objects a test may give, through {@code inspector}. */
  public ExecutionState(StateMachine machine, ExecutionIdentity identity, Inspector inspector) {
    this.machine = machine;
    this.identity = identity;
    this.inspector = inspector;
  }

  /** The context object a test gives the current state of {@code frame}, or {@code null}. */
  JsonNode givenContext(Frame frame) {
    return inspector.contextObject(frame.id(), frame.state().name());
  }

  /** The name the context object gives the current state of {@code frame}. */
  String nameInContext(Frame frame) {
    return inspector.nameInContext(frame.id(), frame.state().name());
  }

  public StateMachine machine() {
    return machine;
  }

  public ExecutionIdentity identity() {
    return identity;
  }

  public ExecutionStatus status() {
    return status;
  }

  /** Whether ExecutionStarted has been applied. */
  public boolean started() {
    return !frames.isEmpty();
  }

  public JsonNode input() {
    return input;
  }

  /** The execution's start time in epoch milliseconds. */
  /**
   * The time of the latest event, in epoch milliseconds: the engine's notion of "now" while it
   * evaluates a state's fields, since every decision emits its events at the time it is given. It
   * is part of the fold, so a replay sees the same time.
   */
  public long lastEventTime() {
    return lastEventTime;
  }

  public long startTime() {
    return startTime;
  }

  /** The id of the latest event: the next one gets this plus one. */
  public long lastEventId() {
    return lastEventId;
  }

  public JsonNode output() {
    return output;
  }

  public String error() {
    return error;
  }

  public String cause() {
    return cause;
  }

  /** How many times the execution was redriven ({@code $$.Execution.RedriveCount}). */
  public int redriveCount() {
    return redriveCount;
  }

  /** The time of the latest redrive in epoch milliseconds, or 0 if it was never redriven. */
  public long redriveTime() {
    return redriveTime;
  }

  /** The thread with the given number (0 is the execution's own workflow). */
  public Frame frame(int id) {
    return frames.get(id);
  }

  /** Every thread, ended ones included, by number. */
  public List<Frame> frames() {
    return frames;
  }

  /** The thread whose Task state waits for the task with {@code token}, or {@code null}. */
  public Frame taskFrame(long token) {
    return tasks.get(token);
  }

  Frame newFrame(int parentId, int slot, Workflow workflow, long lastEventId) {
    int root = parentId < 0 ? 0 : frames.get(parentId).executionRoot;
    Frame frame = new Frame(frames.size(), parentId, slot, workflow, lastEventId, root);
    frames.add(frame);
    return frame;
  }

  Frame newChildExecution(int parentId, int slot, Workflow workflow) {
    Frame frame = new Frame(frames.size(), parentId, slot, workflow, 0, frames.size());
    frame.executionLastEventId = 1;
    frames.add(frame);
    return frame;
  }

  /**
   * The id that the next event of {@code thread} gets: the next id of the execution's history, or
   * of the child execution's own history when the thread runs in one. A thread number one past the
   * last thread names the child execution that the event starts.
   */
  public long nextEventId(int thread) {
    if (thread == frames.size() && started()) {
      return 1;
    }
    int root = frames.isEmpty() ? 0 : frames.get(thread).executionRoot;
    return root == 0 ? lastEventId + 1 : frames.get(root).executionLastEventId + 1;
  }

  /**
   * Whether the event belongs to this execution's own history: not to a child execution's, and not
   * MapRunUpdated, which only the engine's journal keeps.
   */
  public boolean isOwnEvent(HistoryEvent event) {
    return event.type() != HistoryEventType.MAP_RUN_UPDATED
        && (event.thread() >= frames.size() || frames.get(event.thread()).executionRoot == 0);
  }

  void recordEventId(HistoryEvent event) {
    lastEventTime = event.timestamp();
    if (event.type() == HistoryEventType.MAP_RUN_UPDATED) {
      return;
    }
    if (event.thread() < frames.size() && frames.get(event.thread()).executionRoot != 0) {
      Frame root = frames.get(frames.get(event.thread()).executionRoot);
      root.executionLastEventId = event.id();
    } else if (!(event.details() instanceof EventDetails.ChildExecutionStarted)) {
      lastEventId = event.id();
    }
  }

  /**
   * The value of variable {@code name} as the current state of {@code frame} sees it: assigned by
   * its own thread or by a thread that encloses it (the state of a Parallel branch or Map iteration
   * reads the variables of the outer scope), or {@code null}. A child execution of a distributed
   * Map is a scope of its own.
   */
  public JsonNode variable(Frame frame, String name) {
    for (Frame scope = frame; scope != null; scope = enclosingScope(scope)) {
      JsonNode value = scope.ownVariable(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * The variables of every scope that the current state of {@code frame} sees, its own thread's
   * first: what the execution holds for it, and what AWS's limit on an execution's variables
   * counts.
   */
  public List<Map<String, JsonNode>> scopes(Frame frame) {
    List<Map<String, JsonNode>> scopes = new ArrayList<>();
    for (Frame scope = frame; scope != null; scope = enclosingScope(scope)) {
      scopes.add(scope.variables == null ? Map.of() : scope.variables);
    }
    return scopes;
  }

  /** The thread whose variables {@code scope} also reads, or {@code null} at a scope's root. */
  private Frame enclosingScope(Frame scope) {
    boolean childExecution = scope.executionRoot == scope.id && scope.id != 0;
    return childExecution || scope.parentId < 0 ? null : frames.get(scope.parentId);
  }

  Map<Long, Frame> tasks() {
    return tasks;
  }

  /**
   * The thread that waits for timer {@code timerId} (a Wait state or the wait before a retry), or
   * {@code null}.
   */
  public Frame timerFrame(long timerId) {
    return timers.get(timerId);
  }

  Map<Long, Frame> timers() {
    return timers;
  }

  /** The event-derived state as text, equal for a live state and its replay. */
  public String snapshot() {
    StringBuilder text = new StringBuilder();
    text.append(status).append('|').append(input).append('|').append(startTime).append('|');
    text.append(lastEventId).append('|').append(output).append('|').append(error).append('|');
    text.append(cause).append('|').append(redriveCount).append('|').append(redriveTime);
    text.append('|')
        .append(new java.util.TreeSet<>(tasks.keySet()))
        .append(new java.util.TreeSet<>(timers.keySet()))
        .append('\n');
    for (Frame frame : frames) {
      text.append(frame.snapshot()).append('\n');
    }
    return text.toString();
  }
}
