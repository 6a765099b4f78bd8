package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.stepwise.asl.model.WaitState;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.Failure;
import io.stepwise.dataflow.jsonata.StatesBinding;
import io.stepwise.engine.CompiledMachine;
import io.stepwise.engine.Inspector;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.state.Causes;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.Frame;
import java.util.Map;

/** Entering, running and leaving the states of a thread. */
public final class StateSteps {
  private final Stepper stepper;

  StateSteps(Stepper stepper) {
    this.stepper = stepper;
  }

  /** Enters {@code state}, a state of the thread's workflow, with {@code input}. */
  void enter(Frame frame, State state, JsonNode input, long previousEventId) {
    if (state instanceof FailState && !QueryFields.isJsonata(state)) {
      // The applier fails a Fail state as it enters it. It has no InputPath: it reads its input.
      stepper
          .options
          .inspector()
          .inspect(frame.id(), state.name(), Inspector.Stage.AFTER_INPUT_PATH, input);
    }
    // The event carries the state's own name, the key of its workflow's map, rather than the equal
    // string of a Next field: the applier's lookup of it then matches by identity.
    stepper.out.emit(
        EventTypes.entered(state),
        new EventDetails.StateEntered(state.name(), input),
        frame.id(),
        previousEventId);
  }

  /** The compiled machine, which resolves each transition to its state. */
  CompiledMachine machine() {
    return stepper.machine;
  }

  /**
   * Leaves the current state with {@code output}, setting the {@code assigned} variables (none when
   * null), and enters {@code next} unless it is null.
   */
  void exit(
      Frame frame,
      JsonNode output,
      Map<String, JsonNode> assigned,
      State next,
      long previousEventId) {
    State state = frame.state();
    String nextName = next == null ? null : next.name();
    HistoryEvent exited =
        stepper.out.emit(
            EventTypes.exited(state),
            new EventDetails.StateExited(state.name(), output, nextName, assigned),
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
        case SucceedState succeed -> succeed(frame, succeed, context);
        case ChoiceState choice when QueryFields.isJsonata(choice) ->
            Choices.jsonata(this, frame, choice, context);
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
      Failure failure = Causes.ofState(e.failure(), frame);
      if (frame.state() instanceof MapState && isQueryError(failure)) {
        // AWS fails a Map state whose Items or ItemSelector cannot be evaluated with the Map
        // state's own Failed event, which its retriers and catchers then handle.
        stepper.recordEvaluationFailure(frame, failure);
        stepper.children.emitFailed(frame, failure, frame.lastEventId());
      } else {
        stepper.stateError(frame, failure);
      }
    }
    return true;
  }

  private static boolean isQueryError(Failure failure) {
    return ErrorNames.QUERY_EVALUATION_ERROR.equals(failure.error());
  }

  private void succeed(Frame frame, SucceedState succeed, ContextObject context)
      throws DataFlowException {
    JsonNode output;
    if (QueryFields.isJsonata(succeed)) {
      StatesBinding states = StatesBinding.ofInput(frame.input());
      output = QueryFields.output(succeed.output(), states, frame.input(), context);
    } else {
      JsonNode input =
          DataFlow.selectPath(succeed.inputPath(), "InputPath", frame.input(), context);
      stepper.inspect(frame, Inspector.Stage.AFTER_INPUT_PATH, input);
      output = output(succeed.outputPath(), input, context);
    }
    exit(frame, output, null, null, frame.lastEventId());
  }

  private void pass(Frame frame, PassState pass, ContextObject context) throws DataFlowException {
    if (QueryFields.isJsonata(pass)) {
      StatesBinding states = StatesBinding.ofInput(frame.input());
      Map<String, JsonNode> assigned =
          QueryFields.assign(pass.assign(), pass, null, states, context);
      JsonNode output = QueryFields.output(pass.output(), states, frame.input(), context);
      exit(frame, output, assigned, stepper.machine.successor(pass), frame.lastEventId());
      return;
    }
    JsonNode input = DataFlow.selectPath(pass.inputPath(), "InputPath", frame.input(), context);
    JsonNode result = input;
    if (stepper.machine.hasOversizedResult(pass)) {
      stepper.stateError(frame, PayloadSize.failure(pass.name()));
      return;
    }
    if (pass.result() != null) {
      result = pass.result();
      stepper.inspect(frame, Inspector.Stage.RESULT, result);
    } else {
      if (pass.parameters() != null) {
        result = DataFlow.evaluate(pass.parameters(), input, context);
      }
      stepper.inspect(frame, Inspector.Stage.AFTER_INPUT_PATH, input);
      stepper.inspect(frame, Inspector.Stage.AFTER_PARAMETERS, result);
    }
    // A Pass state has no ResultSelector: AWS shows its result as selected unchanged.
    stepper.inspect(frame, Inspector.Stage.AFTER_RESULT_SELECTOR, result);
    Map<String, JsonNode> assigned = QueryFields.assign(pass.assign(), pass, result, null, context);
    JsonNode output = DataFlow.applyResultPath(pass.resultPath(), frame.input(), result);
    stepper.inspect(frame, Inspector.Stage.AFTER_RESULT_PATH, output);
    exit(
        frame,
        output(pass.outputPath(), output, context),
        assigned,
        stepper.machine.successor(pass),
        frame.lastEventId());
  }

  private void choice(Frame frame, ChoiceState choice, ContextObject context)
      throws DataFlowException {
    JsonNode input = DataFlow.selectPath(choice.inputPath(), "InputPath", frame.input(), context);
    stepper.inspect(frame, Inspector.Stage.AFTER_INPUT_PATH, input);
    ChoiceRule.Choice chosen = stepper.machine.choices(choice).select(input, context);
    State next =
        chosen != null ? stepper.machine.target(chosen) : stepper.machine.successor(choice);
    if (next == null) {
      throw new DataFlowException(ErrorNames.NO_CHOICE_MATCHED, null);
    }
    PayloadTemplate assign = chosen != null ? chosen.assign() : choice.assign();
    Map<String, JsonNode> assigned = QueryFields.assign(assign, choice, input, null, context);
    exit(frame, output(choice.outputPath(), input, context), assigned, next, frame.lastEventId());
  }

  /**
   * Turns the raw result of a Task, Parallel or Map state into its output and variables and leaves
   * the state: in JSONPath through ResultSelector, Assign (which reads the selected result),
   * ResultPath and OutputPath; in JSONata through Assign and Output, which read {@code
   * $states.result}.
   */
  void finishWithResult(Frame frame, JsonNode result, long previousEventId) {
    ContextObject context = ContextObject.of(stepper.state(), frame);
    ResultFields fields = ResultFields.of(frame.state());
    try {
      if (QueryFields.isJsonata(frame.state())) {
        StatesBinding states = StatesBinding.withResult(frame.input(), result);
        Map<String, JsonNode> assigned =
            QueryFields.assign(fields.assign(), frame.state(), null, states, context);
        JsonNode output = QueryFields.output(fields.output(), states, result, context);
        exit(frame, output, assigned, stepper.machine.successor(frame.state()), previousEventId);
        return;
      }
      JsonNode selected =
          fields.resultSelector() == null
              ? result
              : DataFlow.evaluate(fields.resultSelector(), result, context);
      stepper.inspect(frame, Inspector.Stage.AFTER_RESULT_SELECTOR, selected);
      Map<String, JsonNode> assigned =
          QueryFields.assign(fields.assign(), frame.state(), selected, null, context);
      JsonNode output = DataFlow.applyResultPath(fields.resultPath(), frame.input(), selected);
      stepper.inspect(frame, Inspector.Stage.AFTER_RESULT_PATH, output);
      exit(
          frame,
          output(fields.outputPath(), output, context),
          assigned,
          stepper.machine.successor(frame.state()),
          previousEventId);
    } catch (DataFlowException e) {
      stepper.stateError(frame, Causes.ofState(e.failure(), frame));
    }
  }

  JsonNode output(PathField outputPath, JsonNode output, ContextObject context)
      throws DataFlowException {
    return DataFlow.selectPath(outputPath, "OutputPath", output, context);
  }
}
