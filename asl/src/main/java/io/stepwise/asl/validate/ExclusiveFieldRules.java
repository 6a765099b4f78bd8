package io.stepwise.asl.validate;

import java.util.List;

/** A value given in two forms at once (a literal and its Path form, say) is ambiguous. */
final class ExclusiveFieldRules {
  private static final List<List<String>> EXCLUSIVE =
      List.of(
          List.of("TimeoutSeconds", "TimeoutSecondsPath"),
          List.of("HeartbeatSeconds", "HeartbeatSecondsPath"),
          List.of("Error", "ErrorPath"),
          List.of("Cause", "CausePath"),
          List.of("ItemProcessor", "Iterator"),
          List.of("ItemSelector", "Parameters"),
          List.of("MaxConcurrency", "MaxConcurrencyPath"),
          List.of("ToleratedFailureCount", "ToleratedFailureCountPath"),
          List.of("ToleratedFailurePercentage", "ToleratedFailurePercentagePath"));

  private ExclusiveFieldRules() {}

  static void check(StateNode state, ValidationContext ctx) {
    for (List<String> pair : EXCLUSIVE) {
      if (state.has(pair.get(0)) && state.has(pair.get(1))) {
        ctx.schemaError(
            state.pointer(),
            "Only one of the fields '" + pair.get(0) + "' and '" + pair.get(1) + "' may be given");
      }
    }
  }
}
