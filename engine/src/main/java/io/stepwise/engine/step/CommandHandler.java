package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.WaitState;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.Command;
import io.stepwise.engine.Effect;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.state.Causes;
import io.stepwise.engine.state.ExecutionState;
import io.stepwise.engine.state.Frame;
import io.stepwise.engine.state.Phase;

/** Turns each command into the first events of a decision and resumes the threads it affects. */
public final class CommandHandler {
  /** The id of the timer of the state machine's own TimeoutSeconds. */
  public static final long EXECUTION_TIMER = 0;

  private final Stepper stepper;

  public CommandHandler(Stepper stepper) {
    this.stepper = stepper;
  }

  public void handle(Command command) {
    ExecutionState state = stepper.state();
    if (command instanceof Command.Start start) {
      start(start.input());
      return;
    }
    if (command instanceof Command.Redrive redrive) {
      new Redrives(stepper, this).redrive(redrive.clientToken());
      return;
    }
    if (state.status() != ExecutionStatus.RUNNING || !state.started()) {
      return;
    }
    switch (command) {
      case Command.Start start -> throw new IllegalStateException("handled above");
      case Command.TaskSucceeded done -> taskSucceeded(done.token(), done.output());
      case Command.TaskFailed failed -> taskFailed(failed.token(), failed.error(), failed.cause());
      case Command.TaskSubmitted submitted ->
          onTask(submitted.token(), f -> Tasks.submitted(stepper, f, submitted.output()));
      case Command.ActivityStarted started ->
          onTask(started.token(), f -> Tasks.activityStarted(stepper, f, started.workerName()));
      case Command.TaskHeartbeat beat -> onTask(beat.token(), f -> Tasks.heartbeat(stepper, f));
      case Command.TimerFired timer -> timerFired(timer.timerId());
      case Command.Stop stop -> end(HistoryEventType.EXECUTION_ABORTED, stop.error(), stop.cause());
      case Command.Redrive redrive -> throw new IllegalStateException("handled above");
      case Command.UpdateMapRun update -> updateMapRun(update);
    }
  }

  private void start(JsonNode input) {
    ExecutionState state = stepper.state();
    if (state.started()) {
      return;
    }
    stepper.out.emit(
        HistoryEventType.EXECUTION_STARTED,
        new EventDetails.ExecutionStarted(input, state.identity().roleArn()),
        0,
        0);
    startExecutionTimer();
    stepper.resume(state.frame(0));
  }

  /** Sets the timer of the state machine's TimeoutSeconds, if it has one, from now. */
  void startExecutionTimer() {
    Integer timeout = stepper.state().machine().timeoutSeconds();
    if (timeout != null) {
      stepper.out.effect(
          new Effect.StartTimer(EXECUTION_TIMER, stepper.out.now() + timeout * 1000L));
    }
  }

  private void updateMapRun(Command.UpdateMapRun update) {
    Frame map =
        stepper.state().frames().stream()
            .filter(f -> f.phase() == Phase.CHILDREN && update.mapRunArn().equals(f.mapRunArn()))
            .findFirst()
            .orElse(null);
    if (map != null && stepper.children.updateMapRun(map, update)) {
      stepper.resume(map);
    }
  }

  private void taskSucceeded(long token, JsonNode output) {
    Frame frame = stepper.state().taskFrame(token);
    if (frame != null && frame.state() instanceof MapState map) {
      stepper.children.mapRunTaskSucceeded(frame, map, output);
      stepper.resume(frame);
    } else if (frame != null) {
      Tasks.succeeded(stepper, frame, output);
      stepper.resume(frame);
    }
  }

  private void taskFailed(long token, String error, String cause) {
    Frame frame = stepper.state().taskFrame(token);
    if (frame != null && frame.state() instanceof MapState map) {
      stepper.children.mapRunTaskFailed(frame, map, new Failure(error, cause));
      stepper.resume(frame);
    } else if (frame != null) {
      Tasks.failed(stepper, frame, error, cause, false);
      stepper.resume(frame);
    }
  }

  /** Acts on the task under {@code token} while it runs; nothing else moves. */
  private void onTask(long token, java.util.function.Consumer<Frame> action) {
    Frame frame = stepper.state().taskFrame(token);
    if (frame != null && frame.phase() == Phase.TASK_RUNNING) {
      action.accept(frame);
    }
  }

  private void timerFired(long timerId) {
    if (timerId == EXECUTION_TIMER) {
      end(HistoryEventType.EXECUTION_TIMED_OUT, null, null);
      return;
    }
    ExecutionState state = stepper.state();
    Frame frame = state.taskFrame(Math.abs(timerId));
    if (frame == null) {
      frame = state.timerFrame(timerId);
    }
    if (frame != null && !frame.ended() && fire(frame, timerId)) {
      stepper.resume(frame);
    }
  }

  private boolean fire(Frame frame, long timerId) {
    if (frame.phase() == Phase.TASK_RUNNING && Math.abs(timerId) == frame.token()) {
      Tasks.timerFired(stepper, frame, timerId);
      return true;
    }
    if (frame.phase() == Phase.ENTERED
        && frame.state() instanceof WaitState
        && frame.timerKey(frame.enteredEventId()) == timerId) {
      Waits.finish(stepper, frame);
      return true;
    }
    if (frame.phase() == Phase.RETRY_WAIT && frame.timerKey(frame.retryTimerId()) == timerId) {
      retry(frame);
      return true;
    }
    return false;
  }

  private void retry(Frame frame) {
    long previous = frame.retryTimerId();
    try {
      switch (frame.state()) {
        case TaskState task -> Tasks.schedule(stepper, frame, task, previous);
        case ParallelState parallel -> stepper.children.startParallel(frame, parallel, previous);
        case MapState map -> stepper.children.startMap(frame, map, previous);
        default -> throw new IllegalStateException("Expected a state with Retry: " + frame.state());
      }
    } catch (DataFlowException e) {
      stepper.stateError(frame, Causes.ofState(e.failure(), frame));
    }
  }

  private void end(HistoryEventType type, String error, String cause) {
    stepper.out.emit(type, new EventDetails.ErrorDetails(error, cause), 0, 0);
    ExecutionStatus status =
        type == HistoryEventType.EXECUTION_ABORTED
            ? ExecutionStatus.ABORTED
            : ExecutionStatus.TIMED_OUT;
    stepper.out.effect(new Effect.ExecutionCompleted(status));
  }
}
