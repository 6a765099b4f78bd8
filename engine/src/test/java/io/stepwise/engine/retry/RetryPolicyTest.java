package io.stepwise.engine.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.model.JitterStrategy;
import io.stepwise.asl.model.Retrier;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  static Retrier retrier(List<String> errors, int maxAttempts) {
    return new Retrier(errors, 1, maxAttempts, 2.0, null, JitterStrategy.NONE);
  }

  @Test
  void theFirstMatchingRetrierDecidesEvenWhenItHasNoAttemptsLeft() {
    List<Retrier> retriers = List.of(retrier(List.of("A"), 1), retrier(List.of("States.ALL"), 3));

    assertThat(RetryPolicy.retrierFor(retriers, new int[] {0, 0}, "A")).isZero();
    assertThat(RetryPolicy.retrierFor(retriers, new int[] {1, 0}, "A")).isEqualTo(-1);
    assertThat(RetryPolicy.retrierFor(retriers, new int[] {1, 0}, "B")).isEqualTo(1);
  }

  @Test
  void statesAllNeverRetriesStatesRuntime() {
    List<Retrier> retriers = List.of(retrier(List.of("States.ALL"), 3));

    assertThat(RetryPolicy.retrierFor(retriers, new int[] {0}, "States.Runtime")).isEqualTo(-1);
  }

  @Property
  void delayIsIntervalTimesBackoffCappedAndScaledByJitter(
      @ForAll @IntRange(min = 1, max = 60) int interval,
      @ForAll @IntRange(min = 1, max = 8) int attempt,
      @ForAll @IntRange(min = 1, max = 500) int cap,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
    Retrier plain = new Retrier(List.of("E"), interval, 10, 2.0, cap, JitterStrategy.NONE);
    Retrier jittered = new Retrier(List.of("E"), interval, 10, 2.0, cap, JitterStrategy.FULL);
    double seconds = Math.min(interval * Math.pow(2.0, attempt - 1), cap);

    assertThat(RetryPolicy.delayMillis(plain, attempt, random)).isEqualTo((long) (seconds * 1000));
    assertThat(RetryPolicy.delayMillis(jittered, attempt, random))
        .isEqualTo((long) (seconds * random * 1000))
        .isLessThanOrEqualTo((long) (seconds * 1000));
  }
}
