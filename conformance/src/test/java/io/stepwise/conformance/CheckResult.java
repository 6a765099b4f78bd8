package io.stepwise.conformance;

/**
 * The result of one check of one case.
 *
 * @param detail why it failed, or an empty string
 */
record CheckResult(Outcome outcome, String detail) {
  enum Outcome {
    PASSED,
    FAILED,
    /** The corpus recorded nothing to compare, for example no history. */
    NOT_APPLICABLE
  }

  static final CheckResult PASSED = new CheckResult(Outcome.PASSED, "");
  static final CheckResult NOT_APPLICABLE = new CheckResult(Outcome.NOT_APPLICABLE, "");

  static CheckResult failed(String detail) {
    return new CheckResult(Outcome.FAILED, detail);
  }

  static CheckResult passedIf(boolean passed, String detailIfFailed) {
    return passed ? PASSED : failed(detailIfFailed);
  }

  boolean passed() {
    return outcome == Outcome.PASSED;
  }

  boolean failed() {
    return outcome == Outcome.FAILED;
  }
}
