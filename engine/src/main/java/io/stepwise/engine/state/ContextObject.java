package io.stepwise.engine.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.time.Timestamps;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.engine.ExecutionIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The context object ({@code $$}) of one state of one execution. It is built on first use, so a
 * state whose paths never read {@code $$} pays nothing for it; the plain context of a thread is one
 * holder that the thread keeps for all its states.
 */
public final class ContextObject implements EvaluationContext {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ExecutionState execution;
  private final Frame frame;
  private final String taskToken;
  private final int mapIndex;
  private final JsonNode mapValue;
  private JsonNode built;
  private long builtForEnteredEventId;
  private int builtForRetryCount;

  private ContextObject(
      ExecutionState execution, Frame frame, String taskToken, int mapIndex, JsonNode mapValue) {
    this.execution = execution;
    this.frame = frame;
    this.taskToken = taskToken;
    this.mapIndex = mapIndex;
    this.mapValue = mapValue;
  }

  /**
   * The context of the current state of {@code frame}: the thread's own holder, so that running a
   * state allocates nothing for a context that nobody reads.
   */
  public static ContextObject of(ExecutionState execution, Frame frame) {
    if (frame.context == null) {
      frame.context = new ContextObject(execution, frame, null, -1, null);
    }
    return frame.context;
  }

  /** The context of a Task state that passes a task token to its task. */
  public static ContextObject withTaskToken(ExecutionState execution, Frame frame, String token) {
    return new ContextObject(execution, frame, token, -1, null);
  }

  /** The context of a Map state's ItemSelector for one item. */
  public static ContextObject forMapItem(
      ExecutionState execution, Frame frame, int index, JsonNode value) {
    return new ContextObject(execution, frame, null, index, value);
  }

  @Override
  public JsonNode contextObject() {
    // A thread's holder outlives its states: what it built is valid for one state and one retry.
    if (built == null
        || builtForEnteredEventId != frame.enteredEventId()
        || builtForRetryCount != frame.retryCount()) {
      built = build();
      builtForEnteredEventId = frame.enteredEventId();
      builtForRetryCount = frame.retryCount();
    }
    return built;
  }

  @Override
  public JsonNode variable(String name) {
    return execution.variable(frame, name);
  }

  /** The variables of every scope this state sees, its own thread's first. */
  public List<Map<String, JsonNode>> variableScopes() {
    return execution.scopes(frame);
  }

  /** The time of the decision being made, for JSONata's {@code $now()} and {@code $millis()}. */
  @Override
  public Instant now() {
    return Instant.ofEpochMilli(execution.lastEventTime());
  }

  private JsonNode build() {
    JsonNode given = execution.givenContext(frame);
    if (given != null) {
      return given;
    }
    ExecutionIdentity identity = execution.identity();
    ObjectNode root = NODES.objectNode();
    ObjectNode exec = root.putObject("Execution");
    exec.put("Id", identity.executionArn());
    exec.set("Input", execution.input());
    exec.put("StartTime", Timestamps.format(Instant.ofEpochMilli(execution.startTime())));
    exec.put("Name", identity.executionName());
    exec.put("RoleArn", identity.roleArn());
    if (!identity.isExpress()) {
      // AWS redrives only Standard executions; an Express execution's context has no count.
      exec.put("RedriveCount", execution.redriveCount());
    }
    ObjectNode machine = root.putObject("StateMachine");
    machine.put("Id", identity.stateMachineArn());
    machine.put("Name", identity.stateMachineName());
    ObjectNode state = root.putObject("State");
    state.put("Name", execution.nameInContext(frame));
    state.put("EnteredTime", Timestamps.format(Instant.ofEpochMilli(frame.enteredTime())));
    if (frame.state() instanceof TaskState
        || frame.state() instanceof MapState
        || frame.state() instanceof ParallelState) {
      state.put("RetryCount", frame.retryCount());
    }
    if (taskToken != null) {
      root.putObject("Task").put("Token", taskToken);
    }
    if (mapIndex >= 0) {
      ObjectNode item = root.putObject("Map").putObject("Item");
      item.put("Index", mapIndex);
      item.set("Value", mapValue);
    }
    return root;
  }
}
