package io.stepwise.asl.validate;

/** The ranges of a state's numeric fields (literal values only; expressions are run-time). */
final class NumberRules {
  private NumberRules() {}

  static void check(StateNode state, ValidationContext ctx) {
    Ranges.check(state, "TimeoutSeconds", 1, Ranges.MAX_SECONDS, ctx);
    Ranges.check(state, "HeartbeatSeconds", 1, Ranges.MAX_SECONDS, ctx);
    Ranges.check(state, "Seconds", 0, Ranges.MAX_SECONDS, ctx);
    Ranges.check(state, "MaxConcurrency", 0, Integer.MAX_VALUE, ctx);
    Ranges.check(state, "ToleratedFailureCount", 0, Integer.MAX_VALUE, ctx);
    Ranges.check(state, "ToleratedFailurePercentage", 0, 100, ctx);
    checkHeartbeat(state, ctx);
  }

  /** A heartbeat only makes sense when it comes before the task's timeout. */
  private static void checkHeartbeat(StateNode state, ValidationContext ctx) {
    var timeout = state.field("TimeoutSeconds");
    var heartbeat = state.field("HeartbeatSeconds");
    if (timeout != null
        && heartbeat != null
        && timeout.isNumber()
        && heartbeat.isNumber()
        && heartbeat.doubleValue() >= timeout.doubleValue()) {
      ctx.schemaError(
          state.pointer("HeartbeatSeconds"),
          "The value of 'HeartbeatSeconds' must be less than the value of 'TimeoutSeconds'.");
    }
  }
}
