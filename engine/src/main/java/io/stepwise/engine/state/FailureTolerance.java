package io.stepwise.engine.state;

/**
 * How many child executions of a distributed Map state may fail before the Map Run fails.
 *
 * @param count ToleratedFailureCount, or -1 when the state does not set it
 * @param percentage ToleratedFailurePercentage, or -1 when the state does not set it
 */
public record FailureTolerance(long count, double percentage) {

  /** Whether {@code failed} failures among {@code total} items exceed the tolerance. */
  public boolean exceededBy(int failed, int total) {
    if (failed == 0) {
      return false;
    }
    if (count < 0 && percentage < 0) {
      return true;
    }
    boolean overCount = count >= 0 && failed > count;
    boolean overPercentage = percentage >= 0 && failed * 100.0 / total > percentage;
    return overCount || overPercentage;
  }

  /** Whether the state sets ToleratedFailureCount or ToleratedFailurePercentage. */
  public boolean isSet() {
    return count >= 0 || percentage >= 0;
  }
}
