package io.stepwise.engine.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.Workflow;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.history.MapRunSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One thread of control: the execution's own workflow, a Parallel branch or a Map iteration. It is
 * changed only by {@link HistoryApplier}; the fields marked as caches hold values that the engine
 * can recompute from the history and are left out of {@link #snapshot()}.
 */
public final class Frame {
  final int id;
  final int parentId;
  final int slot;
  final Workflow workflow;
  final int executionRoot;
  long executionLastEventId;

  State state;
  Phase phase = Phase.STARTING;
  JsonNode input;
  JsonNode output;
  long enteredEventId;
  long enteredPreviousEventId;
  long enteredTime;
  long lastEventId;
  Failure failure;
  int[] attempts;
  int retryCount;
  long token;

  /** The running task's HeartbeatSeconds, or 0 when it has none. */
  long heartbeatSeconds;

  long retryTimerId;

  /** The variables this thread's states assigned; the scope of a branch or iteration. */
  Map<String, JsonNode> variables;

  JsonNode[] results;
  int nextItem;
  int running;
  int failedItems;
  long childLastEventId;

  /** The ARN of the Map Run that a distributed Map state started last, or {@code null}. */
  String mapRunArn;

  /** The number of the first thread that the latest start of a Map or Parallel state made. */
  int firstChild;

  /** The settings of the running Map Run: as MapRunStarted recorded them, or MapRunUpdated. */
  MapRunSettings mapRunSettings;

  /** The items that the ItemReader of the latest Map Run read, or {@code null}. */
  JsonNode itemsRead;

  /** How many child executions the latest Map Run starts in all. */
  int mapRunExecutions;

  /** How many times the latest Map Run was redriven. */
  int mapRunRedriveCount;

  /** The items whose child executions a redriven Map Run has still to start again, in order. */
  List<Integer> redriveSlots = List.of();

  /** Cache: the input of the first state of a branch or iteration, before it is entered. */
  public JsonNode startInput;

  /** Cache: a Map state's items, or the input that a Parallel state gives its branches. */
  public JsonNode items;

  /** Cache: the input of a Map state after InputPath, which its ItemSelector reads. */
  public JsonNode effectiveInput;

  /** Cache: a Map state's MaxConcurrency, 0 for no limit. */
  public int maxConcurrency;

  /** Cache: the context object holder of this thread's states (see ContextObject.of). */
  ContextObject context;

  /**
   * Cache: a distributed Map state's failure tolerance as it evaluated it, for its next Map Run.
   */
  public FailureTolerance tolerance;

  Frame(int id, int parentId, int slot, Workflow workflow, long lastEventId, int executionRoot) {
    this.id = id;
    this.executionRoot = executionRoot;
    this.parentId = parentId;
    this.slot = slot;
    this.workflow = workflow;
    this.lastEventId = lastEventId;
  }

  public int id() {
    return id;
  }

  public int parentId() {
    return parentId;
  }

  /**
   * The thread that is the root of the execution this thread belongs to: 0 for the execution
   * itself, the thread of a child execution of a distributed Map state otherwise. Events of child
   * executions are numbered in their own history.
   */
  public int executionRoot() {
    return executionRoot;
  }

  /**
   * The execution-wide number of a timer or task that this thread started with event {@code
   * eventId}. Child executions number their events from 1, so their numbers carry the child's root
   * thread in the high bits.
   */
  public long timerKey(long eventId) {
    return executionRoot == 0 ? eventId : ((long) executionRoot << 32) | eventId;
  }

  /** The branch index of a Parallel branch, or the item index of a Map iteration. */
  public int slot() {
    return slot;
  }

  public Workflow workflow() {
    return workflow;
  }

  /** The current state, or {@code null} before the first one is entered. */
  public State state() {
    return state;
  }

  public Phase phase() {
    return phase;
  }

  /** The input of the current state, as its StateEntered event recorded it. */
  public JsonNode input() {
    return input;
  }

  /** The output of the last state that exited. */
  public JsonNode output() {
    return output;
  }

  public long enteredEventId() {
    return enteredEventId;
  }

  /** The previousEventId of the current state's Entered event. */
  public long enteredPreviousEventId() {
    return enteredPreviousEventId;
  }

  public long enteredTime() {
    return enteredTime;
  }

  /** The id of the thread's latest event: the previousEventId of its next one. */
  public long lastEventId() {
    return lastEventId;
  }

  public Failure failure() {
    return failure;
  }

  /** How many times the retrier at {@code index} of the current state has retried it. */
  public int attempts(int index) {
    return attempts[index];
  }

  /** How many times the current state was retried ({@code $$.State.RetryCount}). */
  public int retryCount() {
    return retryCount;
  }

  /** The token of the task that a Task state waits for. */
  public long token() {
    return token;
  }

  /** The running task's HeartbeatSeconds, or 0 when it has none. */
  public long heartbeatSeconds() {
    return heartbeatSeconds;
  }

  /** The timer that ends the wait before a retry: the id of the event that failed the state. */
  public long retryTimerId() {
    return retryTimerId;
  }

  /** The results of a Map state's iterations or a Parallel state's branches, by index. */
  public JsonNode[] results() {
    return results;
  }

  /** The index of the next Map item to start. */
  public int nextItem() {
    return nextItem;
  }

  /** How many iterations or branches are running. */
  public int running() {
    return running;
  }

  /** How many Map iterations failed. */
  public int failedItems() {
    return failedItems;
  }

  /** The last event of the iteration or branch that ended most recently. */
  public long childLastEventId() {
    return childLastEventId;
  }

  /** The ARN of the Map Run that a distributed Map state started last, or {@code null}. */
  public String mapRunArn() {
    return mapRunArn;
  }

  /** The settings of the Map Run that a distributed Map state started last, or {@code null}. */
  public MapRunSettings mapRunSettings() {
    return mapRunSettings;
  }

  /** The items that the ItemReader of the latest Map Run read, or {@code null}. */
  public JsonNode itemsRead() {
    return itemsRead;
  }

  /** How many child executions the latest Map Run starts in all. */
  public int mapRunExecutions() {
    return mapRunExecutions;
  }

  /** How many times the latest Map Run was redriven. */
  public int mapRunRedriveCount() {
    return mapRunRedriveCount;
  }

  /** The items whose child executions a redriven Map Run has still to start again, in order. */
  public List<Integer> redriveSlots() {
    return redriveSlots;
  }

  /** The value of a variable that a state of this thread assigned, or {@code null}. */
  public JsonNode ownVariable(String name) {
    return variables == null ? null : variables.get(name);
  }

  /** Whether the thread has ended, one way or another. */
  public boolean ended() {
    return phase == Phase.SUCCEEDED || phase == Phase.THREAD_FAILED || phase == Phase.ABORTED;
  }

  /** The event-derived fields, for comparing a live state with a replayed one. */
  public String snapshot() {
    return String.join(
        "|",
        String.valueOf(id),
        String.valueOf(parentId),
        String.valueOf(executionRoot),
        String.valueOf(executionLastEventId),
        String.valueOf(slot),
        state == null ? "-" : state.name(),
        phase.name(),
        String.valueOf(input),
        String.valueOf(output),
        String.valueOf(enteredEventId),
        String.valueOf(enteredPreviousEventId),
        String.valueOf(lastEventId),
        String.valueOf(failure),
        Arrays.toString(attempts),
        String.valueOf(retryCount),
        String.valueOf(token),
        String.valueOf(retryTimerId),
        Arrays.toString(results),
        String.valueOf(nextItem),
        String.valueOf(running),
        String.valueOf(failedItems),
        String.valueOf(childLastEventId),
        String.valueOf(firstChild),
        String.valueOf(mapRunArn),
        String.valueOf(mapRunSettings),
        itemsRead == null ? "-" : String.valueOf(itemsRead.size()),
        String.valueOf(mapRunExecutions),
        String.valueOf(mapRunRedriveCount),
        String.valueOf(redriveSlots),
        variables == null ? "-" : new TreeMap<>(variables).toString());
  }
}
