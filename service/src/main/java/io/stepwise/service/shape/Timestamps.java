package io.stepwise.service.shape;

import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;

/** Timestamps as AWS JSON 1.0 sends them: epoch seconds, with milliseconds as the fraction. */
public final class Timestamps {

  private Timestamps() {}

  public static DecimalNode epochSeconds(long epochMillis) {
    return new DecimalNode(BigDecimal.valueOf(epochMillis, 3));
  }
}
