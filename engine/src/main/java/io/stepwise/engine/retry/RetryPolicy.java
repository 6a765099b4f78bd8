package io.stepwise.engine.retry;

import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.JitterStrategy;
import io.stepwise.asl.model.Retrier;
import java.util.List;

/** How ASL's {@code Retry} field decides whether and when a failed state runs again. */
public final class RetryPolicy {
  private RetryPolicy() {}

  /**
   * The index of the retrier that handles {@code error}: the first whose ErrorEquals matches it, if
   * it has attempts left; -1 when the state is not retried. A matching retrier with no attempts
   * left ends the search, as on AWS: later retriers are not consulted.
   */
  public static int retrierFor(List<Retrier> retriers, int[] attempts, String error) {
    for (int i = 0; i < retriers.size(); i++) {
      Retrier retrier = retriers.get(i);
      if (ErrorNames.matches(retrier.errorEquals(), error)) {
        return attempts[i] < retrier.maxAttempts() ? i : -1;
      }
    }
    return -1;
  }

  /**
   * The wait before retry number {@code attempt} (1 for the first retry) in milliseconds:
   * IntervalSeconds times BackoffRate to the power attempt-1, capped by MaxDelaySeconds, and for
   * the FULL jitter strategy scaled by {@code random}, a number in [0, 1).
   */
  public static long delayMillis(Retrier retrier, int attempt, double random) {
    double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attempt - 1);
    if (retrier.maxDelaySeconds() != null) {
      seconds = Math.min(seconds, retrier.maxDelaySeconds());
    }
    if (retrier.jitterStrategy() == JitterStrategy.FULL) {
      seconds = seconds * random;
    }
    return (long) Math.min(seconds * 1000.0, Long.MAX_VALUE / 4.0);
  }
}
