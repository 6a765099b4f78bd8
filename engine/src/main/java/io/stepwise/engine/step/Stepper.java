package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.Retrier;
import io.stepwise.asl.model.WaitState;
import io.stepwise.asl.model.Workflow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.CompiledMachine;
import io.stepwise.engine.Effect;
import io.stepwise.engine.EngineOptions;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.Inspector;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.retry.RetryPolicy;
import io.stepwise.engine.state.ExecutionState;
import io.stepwise.engine.state.Frame;
import io.stepwise.engine.state.Phase;
import io.stepwise.engine.state.StateFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives the threads of one execution for one decision: runs each as far as it can go without
 * waiting, and hands a thread that ends to its parent (a Parallel or Map state) or ends the
 * execution.
 */
public final class Stepper {
  final DecisionBuilder out;
  final CompiledMachine machine;
  final EngineOptions options;
  final StateSteps steps;
  final ChildSteps children;
  final Catches catches;

  /**
   * Threads that failed in their data flow, which no event of their own records; their parent's
   * next event carries the failure.
   */
  private final Map<Integer, Failure> silentFailures = new HashMap<>();

  public Stepper(DecisionBuilder out, CompiledMachine machine, EngineOptions options) {
    this.out = out;
    this.machine = machine;
    this.options = options;
    this.steps = new StateSteps(this);
    this.children = new ChildSteps(this);
    this.catches = new Catches(this);
  }

  ExecutionState state() {
    return out.state();
  }

  /**
   * Whether the execution still runs: a loop that starts children must stop once it ended, since
   * after a decision fails it for its full history, what the loop emits is dropped and would never
   * move it on.
   */
  boolean executionRunning() {
    return state().status() == ExecutionStatus.RUNNING;
  }

  /**
   * Shows {@code value}, a step of the data flow of the thread's current state, to the inspector.
   */
  void inspect(Frame frame, Inspector.Stage stage, JsonNode value) {
    options.inspector().inspect(frame.id(), frame.state().name(), stage, value);
  }

  /** What a test's mock gives for the iterations of the thread's Map state, or {@code null}. */
  Inspector.MockedIterations mockedIterations(Frame frame) {
    return options.inspector().mockedIterations(frame.id(), frame.state().name());
  }

  /** Runs {@code frame} and then every thread that its end lets continue. */
  public void resume(Frame frame) {
    Frame current = frame;
    while (executionRunning()) {
      run(current);
      if (!executionRunning() || !over(current)) {
        return;
      }
      if (current.parentId() < 0) {
        finishExecution(current);
        return;
      }
      Frame parent = state().frame(current.parentId());
      if (!children.childOver(parent, current)) {
        return;
      }
      current = parent;
    }
  }

  /**
   * Computes again what the threads of a replayed execution hold only in memory: the items, inputs
   * and settings of the Map and Parallel states that wait for their children (see {@link
   * ChildSteps#prepareAgain}). They are evaluated as they were the first time, from the same
   * events.
   */
  public void prepareReplayed() {
    for (Frame frame : state().frames()) {
      if (frame.phase() != Phase.CHILDREN) {
        continue;
      }
      try {
        children.prepareAgain(frame);
      } catch (DataFlowException failedAsItStarted) {
        // The state failed the same way when it started, and the events that followed record how
        // its thread ended: it needs nothing in memory.
      }
    }
  }

  /** Runs one thread until it waits or ends. */
  void run(Frame frame) {
    while (executionRunning() && !silentFailures.containsKey(frame.id())) {
      switch (frame.phase()) {
        case STARTING ->
            steps.enter(
                frame,
                frame.workflow().state(frame.workflow().startAt()),
                frame.startInput,
                frame.lastEventId());
        case ENTERED -> {
          if (!steps.execute(frame)) {
            return;
          }
        }
        case REDRIVEN -> enterAgain(frame);
        case FAILED -> catches.catchFailure(frame);
        case RETRY_WAIT -> {
          startRetryTimer(frame);
          return;
        }
        default -> {
          return;
        }
      }
    }
  }

  /**
   * Enters the current state of a redriven thread again with the input it had, or its first state
   * when it had entered none.
   */
  private void enterAgain(Frame frame) {
    if (frame.state() == null) {
      Workflow workflow = frame.workflow();
      steps.enter(frame, workflow.state(workflow.startAt()), frame.startInput, frame.lastEventId());
    } else {
      steps.enter(frame, frame.state(), frame.input(), frame.lastEventId());
    }
  }

  /** Whether the thread has ended, by an event or by a failure of its data flow. */
  boolean over(Frame frame) {
    return frame.ended() || silentFailures.containsKey(frame.id());
  }

  Failure silentFailure(Frame frame) {
    return silentFailures.get(frame.id());
  }

  /** A child of {@code parent} that failed in its data flow, or {@code null}. */
  Frame silentlyFailedChild(Frame parent) {
    for (int id : silentFailures.keySet()) {
      Frame child = state().frame(id);
      if (child.parentId() == parent.id()) {
        return child;
      }
    }
    return null;
  }

  void clearSilentFailure(Frame frame) {
    silentFailures.remove(frame.id());
  }

  /**
   * A state failed in its data flow: a catcher handles it, or its thread fails. Retriers do not see
   * such failures.
   */
  void stateError(Frame frame, Failure failure) {
    recordEvaluationFailure(frame, failure);
    if (!ErrorNames.isTerminal(failure.error())) {
      Catcher catcher = catches.catcherFor(frame, failure);
      if (catcher != null) {
        catches.catchWith(frame, catcher, failure, frame.lastEventId());
        return;
      }
    }
    failThread(frame, failure);
  }

  /**
   * Records a failed JSONata evaluation as AWS does, with an EvaluationFailed event that names the
   * field (its location) and the state; other failures of the data flow have no such event.
   */
  void recordEvaluationFailure(Frame frame, Failure failure) {
    if (!ErrorNames.QUERY_EVALUATION_ERROR.equals(failure.error())) {
      return;
    }
    out.emit(
        HistoryEventType.EVALUATION_FAILED,
        new EventDetails.EvaluationFailed(
            failure.error(),
            failure.cause(),
            EvaluationLocations.of(failure.cause()),
            frame.state().name()),
        frame.id(),
        evaluationFailedLink(frame));
  }

  /**
   * AWS links an EvaluationFailed event of a state that failed as it was entered to the event
   * before the Entered event, except in a Wait state, where it links to the Entered event itself.
   */
  private static long evaluationFailedLink(Frame frame) {
    boolean atEntry = frame.lastEventId() == frame.enteredEventId();
    return atEntry && !(frame.state() instanceof WaitState)
        ? frame.enteredPreviousEventId()
        : frame.lastEventId();
  }

  /** Ends a thread with a failure that no event of its own records. */
  void failThread(Frame frame, Failure failure) {
    if (frame.parentId() < 0) {
      out.emit(
          HistoryEventType.EXECUTION_FAILED,
          new EventDetails.ErrorDetails(failure.error(), failure.cause()),
          frame.id(),
          frame.lastEventId());
      out.effect(new Effect.ExecutionCompleted(ExecutionStatus.FAILED));
      return;
    }
    silentFailures.put(frame.id(), failure);
  }

  private void finishExecution(Frame root) {
    if (root.phase() == Phase.SUCCEEDED) {
      out.emit(
          HistoryEventType.EXECUTION_SUCCEEDED,
          new EventDetails.ExecutionSucceeded(root.output()),
          root.id(),
          root.lastEventId());
      out.effect(new Effect.ExecutionCompleted(ExecutionStatus.SUCCEEDED));
      return;
    }
    Failure failure = root.failure();
    out.emit(
        HistoryEventType.EXECUTION_FAILED,
        new EventDetails.ErrorDetails(failure.error(), failure.cause()),
        root.id(),
        root.lastEventId());
    out.effect(new Effect.ExecutionCompleted(ExecutionStatus.FAILED));
  }

  private void startRetryTimer(Frame frame) {
    List<Retrier> retriers = StateFields.retriers(frame.state());
    for (int i = 0; i < retriers.size(); i++) {
      if (ErrorNames.matches(retriers.get(i).errorEquals(), frame.failure().error())) {
        long delay =
            RetryPolicy.delayMillis(
                retriers.get(i), frame.attempts(i), options.jitter().getAsDouble());
        out.effect(new Effect.StartTimer(frame.timerKey(frame.retryTimerId()), out.now() + delay));
        options.inspector().retrying(frame.id(), frame.state().name(), frame.failure(), i, delay);
        return;
      }
    }
  }
}
