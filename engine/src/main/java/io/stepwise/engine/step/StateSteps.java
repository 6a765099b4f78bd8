package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.FailState;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.SucceedState;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.Transition;
import io.stepwise.asl.model.WaitState;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.state.Causes;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.Frame;
import io.stepwise.engine.state.HistoryApplier;
import io.stepwise.engine.state.StateFields;

/** Entering, running and leaving the states of a thread. */
public final class StateSteps {
  private final Stepper stepper;

  StateSteps(Stepper stepper) {
    this.stepper = stepper;
  }

  /** Enters state {@code name} of the thread's workflow with {@code input}. */
  void enter(Frame frame, String name, JsonNode input, long previousEventId) {
    State state = frame.workflow().state(name);
    stepper.out.emit(
        EventTypes.entered(state),
        new EventDetails.StateEntered(name, input),
        frame.id(),
        previousEventId);
  }

  /** Leaves the current state with {@code output} and enters {@code next} unless it is null. */
  void exit(Frame frame, JsonNode output, String next, long previousEventId) {
    State state = frame.state();
    HistoryEvent exited =
        stepper.out.emit(
            EventTypes.exited(state),
            new EventDetails.StateExited(state.name(), output, next),
            frame.id(),
            previousEventId);
    if (next != null) {
      enter(frame, next, output, exited.id());
    }
  }

  /**
   * Runs the current state of a thread that has just entered it. Returns false when the thread
   * waits (a Wait state's timer) and nothing else changed its phase.
   */
  boolean execute(Frame frame) {
    ContextObject context = ContextObject.of(stepper.state(), frame);
    try {
      switch (frame.state()) {
        case PassState pass -> pass(frame, pass, context);
        case SucceedState succeed -> {
          JsonNode input =
              DataFlow.selectPath(succeed.inputPath(), "InputPath", frame.input(), context);
          exit(frame, output(succeed.outputPath(), input, context), null, frame.lastEventId());
        }
        case ChoiceState choice -> choice(frame, choice, context);
        case WaitState wait -> {
          Waits.start(stepper, frame, wait, context);
          return false;
        }
        case TaskState task -> Tasks.schedule(stepper, frame, task, frame.lastEventId());
        case ParallelState parallel ->
            stepper.children.startParallel(frame, parallel, frame.lastEventId());
        case MapState map -> stepper.children.startMap(frame, map, frame.lastEventId());
        case FailState fail -> {
          return false;
        }
      }
    } catch (DataFlowException e) {
      stepper.stateError(frame, Causes.ofState(e.failure(), frame));
    }
    return true;
  }

  private void pass(Frame frame, PassState pass, ContextObject context) throws DataFlowException {
    JsonNode input = DataFlow.selectPath(pass.inputPath(), "InputPath", frame.input(), context);
    JsonNode result = input;
    if (stepper.machine.hasOversizedResult(pass)) {
      stepper.stateError(frame, PayloadSize.failure(pass.name()));
      return;
    }
    if (pass.result() != null) {
      result = pass.result();
    } else if (pass.parameters() != null) {
      result = DataFlow.evaluate(pass.parameters(), input, context);
    }
    JsonNode output = DataFlow.applyResultPath(pass.resultPath(), frame.input(), result);
    exit(frame, output(pass.outputPath(), output, context), next(pass), frame.lastEventId());
  }

  private void choice(Frame frame, ChoiceState choice, ContextObject context)
      throws DataFlowException {
    JsonNode input = DataFlow.selectPath(choice.inputPath(), "InputPath", frame.input(), context);
    ChoiceRule.Choice chosen = stepper.machine.choices(choice).select(input, context);
    String next = chosen != null ? chosen.next() : choice.defaultState();
    if (next == null) {
      throw new DataFlowException(ErrorNames.NO_CHOICE_MATCHED, null);
    }
    exit(frame, output(choice.outputPath(), input, context), next, frame.lastEventId());
  }

  /**
   * Turns the raw result of a Task, Parallel or Map state into its output (ResultSelector,
   * ResultPath, OutputPath) and leaves the state.
   */
  void finishWithResult(
      Frame frame,
      JsonNode result,
      PayloadTemplate resultSelector,
      PathField resultPath,
      PathField outputPath,
      long previousEventId) {
    ContextObject context = ContextObject.of(stepper.state(), frame);
    try {
      JsonNode selected =
          resultSelector == null ? result : DataFlow.evaluate(resultSelector, result, context);
      JsonNode output = DataFlow.applyResultPath(resultPath, frame.input(), selected);
      exit(frame, output(outputPath, output, context), next(frame.state()), previousEventId);
    } catch (DataFlowException e) {
      stepper.stateError(frame, Causes.ofState(e.failure(), frame));
    }
  }

  JsonNode output(PathField outputPath, JsonNode output, ContextObject context)
      throws DataFlowException {
    return DataFlow.selectPath(outputPath, "OutputPath", output, context);
  }

  /**
   * Handles the failure of a state in phase FAILED with the catcher that matches it; the applier
   * leaves a state in that phase only when one does.
   */
  void catchFailure(Frame frame) {
    catchWith(frame, HistoryApplier.catcherFor(frame), frame.failure(), frame.lastEventId());
  }

  Catcher catcherFor(Frame frame, Failure failure) {
    for (Catcher catcher : StateFields.catchers(frame.state())) {
      if (ErrorNames.matches(catcher.errorEquals(), failure.error())) {
        return catcher;
      }
    }
    return null;
  }

  /** Leaves the failed state for the catcher's Next with the error output at its ResultPath. */
  void catchWith(Frame frame, Catcher catcher, Failure failure, long previousEventId) {
    ObjectNode errorOutput = JsonNodeFactory.instance.objectNode();
    errorOutput.put("Error", failure.error());
    if (failure.cause() != null) {
      errorOutput.put("Cause", failure.cause());
    }
    try {
      JsonNode output = DataFlow.applyResultPath(catcher.resultPath(), frame.input(), errorOutput);
      exit(frame, output, catcher.next(), previousEventId);
    } catch (DataFlowException e) {
      stepper.failThread(frame, Causes.ofState(e.failure(), frame));
    }
  }

  /** The state a state goes to when it succeeds, or {@code null} when its thread ends. */
  static String next(State state) {
    Transition transition =
        switch (state) {
          case PassState s -> s.transition();
          case TaskState s -> s.transition();
          case WaitState s -> s.transition();
          case ParallelState s -> s.transition();
          case MapState s -> s.transition();
          default -> Transition.End.INSTANCE;
        };
    return transition instanceof Transition.Next next ? next.state() : null;
  }
}
