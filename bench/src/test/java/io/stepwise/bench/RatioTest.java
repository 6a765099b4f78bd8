package io.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatioTest {
  @Test
  void aHigherRateIsBetter() {
    assertThat(Ratio.of("executions/s", 3000, 30)).isEqualTo(100);
  }

  @Test
  void aShorterTimeIsBetter() {
    assertThat(Ratio.of("s", 0.5, 2.0)).isEqualTo(4);
    assertThat(Ratio.of("s from the first start to all done", 2.0, 1.0)).isEqualTo(0.5);
    assertThat(Ratio.of("ms, p50", 1, 3)).isEqualTo(3);
  }

  @Test
  void largeRatiosHaveNoDecimalsAndSmallOnesTwo() {
    assertThat(Ratio.format(119.4)).isEqualTo("119x");
    assertThat(Ratio.format(2.44)).isEqualTo("2.4x");
    assertThat(Ratio.format(0.347)).isEqualTo("0.35x");
  }
}
