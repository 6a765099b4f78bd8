package io.stepwise.dataflow.jsonata;

/**
 * Thrown from inside a Step Functions JSONata function when its arguments are wrong; the evaluator
 * turns it into a {@code States.QueryEvaluationError}. It is unchecked because it has to cross the
 * JSONata library's call frames.
 */
final class FunctionFailure extends RuntimeException {
  FunctionFailure(String message) {
    super(message, null, false, false);
  }
}
