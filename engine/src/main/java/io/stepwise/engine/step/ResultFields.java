package io.stepwise.engine.step;

import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.template.PayloadTemplate;

/** The fields that turn the result of a Task, Parallel or Map state into its output. */
record ResultFields(
    PayloadTemplate resultSelector,
    PathField resultPath,
    PathField outputPath,
    PayloadTemplate assign,
    PayloadTemplate output) {

  static ResultFields of(State state) {
    return switch (state) {
      case TaskState s ->
          new ResultFields(
              s.resultSelector(), s.resultPath(), s.outputPath(), s.assign(), s.output());
      case ParallelState s ->
          new ResultFields(
              s.resultSelector(), s.resultPath(), s.outputPath(), s.assign(), s.output());
      case MapState s ->
          new ResultFields(
              s.resultSelector(), s.resultPath(), s.outputPath(), s.assign(), s.output());
      default -> throw new IllegalStateException("Expected a state with a result: " + state);
    };
  }
}
