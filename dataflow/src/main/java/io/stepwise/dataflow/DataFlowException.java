package io.stepwise.dataflow;

/**
 * Signals that processing a state's data failed with an ASL error (for example {@code
 * States.Runtime} when a path matches nothing, or {@code States.IntrinsicFailure}). The engine
 * catches it at the state's boundary and turns it into a {@link Failure}, so it never crosses the
 * engine's API.
 */
public final class DataFlowException extends Exception {
  private final Failure failure;

  public DataFlowException(String error, String cause) {
    super(error + ": " + cause, null, false, false);
    this.failure = new Failure(error, cause);
  }

  public Failure failure() {
    return failure;
  }
}
