package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.asl.model.WaitState;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.jsonata.StatesBinding;
import io.stepwise.dataflow.time.WaitDeadlines;
import io.stepwise.engine.Effect;
import io.stepwise.engine.state.Causes;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.Frame;
import java.time.Instant;
import java.util.Map;

/** Wait states: a timer named by the id of the WaitStateEntered event, never a sleeping thread. */
final class Waits {
  private Waits() {}

  /** Sets the timer that ends the wait, or fails the state when its duration is invalid. */
  static void start(Stepper stepper, Frame frame, WaitState wait, ContextObject context)
      throws DataFlowException {
    JsonNode input = DataFlow.selectPath(wait.inputPath(), "InputPath", frame.input(), context);
    Instant now = Instant.ofEpochMilli(stepper.out.now());
    Instant deadline =
        switch (wait.duration()) {
          case WaitState.Seconds seconds -> afterSeconds(seconds.seconds(), input, context, now);
          case WaitState.Timestamp timestamp -> until(timestamp.timestamp(), input, context, now);
        };
    stepper.out.effect(
        new Effect.StartTimer(frame.timerKey(frame.enteredEventId()), deadline.toEpochMilli()));
  }

  private static Instant afterSeconds(
      ValueSource source, JsonNode input, ContextObject context, Instant now)
      throws DataFlowException {
    return switch (source) {
      case ValueSource.Literal literal -> WaitDeadlines.afterSeconds(literal.value().asLong(), now);
      case ValueSource.Path path -> WaitDeadlines.afterSecondsAt(path.path(), input, context, now);
      default ->
          WaitDeadlines.afterSeconds(
              DataFlow.evaluate(source, "Seconds", input, context).asLong(), now);
    };
  }

  private static Instant until(
      ValueSource source, JsonNode input, ContextObject context, Instant now)
      throws DataFlowException {
    return switch (source) {
      case ValueSource.Literal literal -> WaitDeadlines.until(literal.value().asText(), now);
      case ValueSource.Path path -> WaitDeadlines.untilAt(path.path(), input, context, now);
      default ->
          WaitDeadlines.untilEvaluated(DataFlow.evaluate(source, "Timestamp", input, context), now);
    };
  }

  /** The timer fired: the state leaves with its input after InputPath and OutputPath. */
  static void finish(Stepper stepper, Frame frame) {
    WaitState wait = (WaitState) frame.state();
    ContextObject context = ContextObject.of(stepper.state(), frame);
    try {
      JsonNode output;
      Map<String, JsonNode> assigned;
      if (QueryFields.isJsonata(wait)) {
        StatesBinding states = StatesBinding.ofInput(frame.input());
        assigned = QueryFields.assign(wait.assign(), wait, null, states, context);
        output = QueryFields.output(wait.output(), states, frame.input(), context);
      } else {
        JsonNode input = DataFlow.selectPath(wait.inputPath(), "InputPath", frame.input(), context);
        assigned = QueryFields.assign(wait.assign(), wait, input, null, context);
        output = stepper.steps.output(wait.outputPath(), input, context);
      }
      State next = stepper.machine.successor(wait);
      stepper.steps.exit(frame, output, assigned, next, frame.lastEventId());
    } catch (DataFlowException e) {
      stepper.stateError(frame, Causes.ofState(e.failure(), frame));
    }
  }
}
