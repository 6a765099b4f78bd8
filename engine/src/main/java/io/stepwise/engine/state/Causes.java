package io.stepwise.engine.state;

import io.stepwise.asl.model.ErrorNames;
import io.stepwise.dataflow.Failure;

/** AWS's wording of the causes that the engine itself writes. */
public final class Causes {
  private Causes() {}

  /**
   * A data-flow failure of the current state of {@code frame}, with the prefix AWS puts in front of
   * States.Runtime causes: {@code An error occurred while executing the state 'X' (entered at the
   * event id #N). }
   */
  public static Failure ofState(Failure failure, Frame frame) {
    if (!ErrorNames.RUNTIME.equals(failure.error())
        && !ErrorNames.QUERY_EVALUATION_ERROR.equals(failure.error())) {
      return failure;
    }
    String prefix =
        "An error occurred while executing the state '"
            + frame.state().name()
            + "' (entered at the event id #"
            + frame.enteredEventId()
            + "). ";
    return new Failure(failure.error(), prefix + failure.cause());
  }
}
