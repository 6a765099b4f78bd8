package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.engine.Effect;
import io.stepwise.engine.Inspector;
import io.stepwise.engine.TaskToken;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.Frame;

/**
 * Task states: scheduling the task (an effect for the runtime) and turning its result or failure
 * into the state's output. The token of a task is the id of its TaskScheduled event (see {@link
 * io.stepwise.engine.state.Frame#timerKey}); its timeout timer has the same id, its heartbeat timer
 * the negated id.
 */
final class Tasks {
  private Tasks() {}

  /** Schedules the task of the thread's current Task state. */
  static void schedule(Stepper stepper, Frame frame, TaskState task, long previousEventId)
      throws DataFlowException {
    ContextObject context =
        ContextObject.withTaskToken(stepper.state(), frame, callbackToken(stepper, frame, task));
    JsonNode input = DataFlow.selectPath(task.inputPath(), "InputPath", frame.input(), context);
    JsonNode parameters = QueryFields.arguments(task.parameters(), task, input, context);
    if (QueryFields.isJsonata(task)) {
      stepper.inspect(frame, Inspector.Stage.AFTER_ARGUMENTS, parameters);
    } else {
      stepper.inspect(frame, Inspector.Stage.AFTER_INPUT_PATH, input);
      stepper.inspect(frame, Inspector.Stage.AFTER_PARAMETERS, parameters);
    }
    Long timeout = seconds(task.timeoutSeconds(), "TimeoutSecondsPath", input, context);
    Long heartbeat = seconds(task.heartbeatSeconds(), "HeartbeatSecondsPath", input, context);
    TaskResource kind = stepper.machine.resource(task);
    String region = stepper.state().identity().region();
    HistoryEvent scheduled =
        stepper.out.emit(
            kind.scheduledType(),
            new EventDetails.TaskScheduled(
                kind.resourceType(), kind.resource(), region, parameters, timeout, heartbeat),
            frame.id(),
            previousEventId);
    if (kind.startedType() != null) {
      stepper.out.emit(
          kind.startedType(),
          new EventDetails.TaskStarted(kind.resourceType(), kind.resource()),
          frame.id(),
          scheduled.id());
    }
    long now = stepper.out.now();
    long token = frame.token();
    stepper.out.effect(new Effect.InvokeTask(token, task.resource(), parameters, context));
    if (timeout != null) {
      stepper.out.effect(new Effect.StartTimer(token, now + timeout * 1000));
    }
    // An activity's heartbeat runs from the moment a worker takes it, not from its scheduling.
    if (heartbeat != null && kind.kind() != TaskResource.Kind.ACTIVITY) {
      stepper.out.effect(new Effect.StartTimer(-token, now + heartbeat * 1000));
    }
  }

  /** The invocation of a task that waits for a callback returned; the wait for the token begins. */
  static void submitted(Stepper stepper, Frame frame, JsonNode output) {
    TaskResource kind = stepper.machine.resource((TaskState) frame.state());
    stepper.out.emit(
        HistoryEventType.TASK_SUBMITTED,
        new EventDetails.TaskSubmitted(kind.resourceType(), kind.resource(), output),
        frame.id(),
        frame.lastEventId());
  }

  /** A worker took the activity task; its heartbeat timer starts. */
  static void activityStarted(Stepper stepper, Frame frame, String workerName) {
    stepper.out.emit(
        HistoryEventType.ACTIVITY_STARTED,
        new EventDetails.ActivityStarted(workerName),
        frame.id(),
        frame.lastEventId());
    heartbeat(stepper, frame);
  }

  /** Starts the task's heartbeat timer again, if it has HeartbeatSeconds. */
  static void heartbeat(Stepper stepper, Frame frame) {
    if (frame.heartbeatSeconds() > 0) {
      stepper.out.effect(
          new Effect.StartTimer(
              -frame.token(), stepper.out.now() + frame.heartbeatSeconds() * 1000));
    }
  }

  /** The task succeeded: its result flows through ResultSelector, ResultPath and OutputPath. */
  static void succeeded(Stepper stepper, Frame frame, JsonNode result) {
    TaskState task = (TaskState) frame.state();
    if (PayloadSize.exceedsLimit(result)) {
      stepper.stateError(frame, PayloadSize.failure(task.name()));
      return;
    }
    TaskResource kind = stepper.machine.resource(task);
    HistoryEvent event =
        stepper.out.emit(
            kind.succeededType(),
            new EventDetails.TaskSucceeded(kind.resourceType(), kind.resource(), result),
            frame.id(),
            frame.lastEventId());
    stepper.inspect(frame, Inspector.Stage.RESULT, result);
    stepper.steps.finishWithResult(frame, result, event.id());
  }

  /** The task failed or timed out; the applier decides between retry, catch and failure. */
  static void failed(Stepper stepper, Frame frame, String error, String cause, boolean timedOut) {
    TaskState task = (TaskState) frame.state();
    TaskResource kind = stepper.machine.resource(task);
    stepper.out.emit(
        kind.failedType(timedOut),
        new EventDetails.TaskFailed(kind.resourceType(), kind.resource(), error, cause),
        frame.id(),
        frame.lastEventId());
  }

  /** The timer {@code timerId} of the task that {@code frame} waits for fired. */
  static void timerFired(Stepper stepper, Frame frame, long timerId) {
    String error = timerId > 0 ? ErrorNames.TIMEOUT : ErrorNames.HEARTBEAT_TIMEOUT;
    failed(stepper, frame, error, null, true);
  }

  private static Long seconds(
      ValueSource source, String field, JsonNode input, ContextObject context)
      throws DataFlowException {
    if (source == null) {
      return null;
    }
    JsonNode value =
        DataFlow.evaluate(source, QueryFields.fieldName(source, field), input, context);
    if (!value.isIntegralNumber() || value.asLong() <= 0) {
      throw new DataFlowException(
          ErrorNames.RUNTIME, "The " + field + " parameter must be a positive integer: " + value);
    }
    return value.asLong();
  }

  /**
   * The token that a {@code .waitForTaskToken} task passes on in {@code $$.Task.Token}: the
   * execution and the engine's token of the task, which is keyed by the id its TaskScheduled event
   * will get. Other tasks have none in their context.
   */
  private static String callbackToken(Stepper stepper, Frame frame, TaskState task) {
    if (!TaskResource.waitsForCallback(task.resource())) {
      return null;
    }
    long scheduledId = stepper.state().nextEventId(frame.id());
    return new TaskToken(stepper.state().identity().executionArn(), frame.timerKey(scheduledId))
        .encode();
  }
}
