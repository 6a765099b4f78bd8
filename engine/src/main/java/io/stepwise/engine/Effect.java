package io.stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.dataflow.EvaluationContext;

/** What the runtime must do after it has committed a decision's events. */
public sealed interface Effect {

  /**
   * Runs the task of a Task state. Its result comes back as {@link Command.TaskSucceeded} or {@link
   * Command.TaskFailed} with the same token. The engine sets its own timers for the task's
   * TimeoutSeconds and HeartbeatSeconds.
   *
   * @param context gives the context object ({@code $$}) of the state to invokers that want it
   */
  record InvokeTask(long token, String resource, JsonNode parameters, EvaluationContext context)
      implements Effect {}

  /** Fires {@link Command.TimerFired} with {@code timerId} at {@code dueTime} (epoch ms). */
  record StartTimer(long timerId, long dueTime) implements Effect {}

  /** The execution has ended; its final event is the last of the decision. */
  record ExecutionCompleted(ExecutionStatus status) implements Effect {}
}
