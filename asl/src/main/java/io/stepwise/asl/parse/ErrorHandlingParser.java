package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.JitterStrategy;
import io.stepwise.asl.model.Retrier;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code Retry} and {@code Catch}, filling in ASL's defaults for retriers. */
final class ErrorHandlingParser {
  static final int DEFAULT_INTERVAL_SECONDS = 1;
  static final int DEFAULT_MAX_ATTEMPTS = 3;
  static final double DEFAULT_BACKOFF_RATE = 2.0;

  private ErrorHandlingParser() {}

  static List<Retrier> retriers(FieldReader state, ParseContext ctx) {
    List<Retrier> retriers = new ArrayList<>();
    for (FieldReader retrier : elements(state, "Retry", ctx)) {
      retriers.add(
          new Retrier(
              errorEquals(retrier),
              integer(retrier.raw("IntervalSeconds"), DEFAULT_INTERVAL_SECONDS),
              integer(retrier.raw("MaxAttempts"), DEFAULT_MAX_ATTEMPTS),
              number(retrier.raw("BackoffRate"), DEFAULT_BACKOFF_RATE),
              retrier.raw("MaxDelaySeconds") instanceof JsonNode delay && delay.isNumber()
                  ? delay.intValue()
                  : null,
              "FULL".equals(retrier.text("JitterStrategy"))
                  ? JitterStrategy.FULL
                  : JitterStrategy.NONE));
    }
    return List.copyOf(retriers);
  }

  static List<Catcher> catchers(FieldReader state, ParseContext ctx) {
    List<Catcher> catchers = new ArrayList<>();
    for (FieldReader catcher : elements(state, "Catch", ctx)) {
      // Compiled to report syntax errors; the model keeps Assign and Output as written.
      catcher.template("Assign");
      catcher.template("Output");
      catchers.add(
          new Catcher(
              errorEquals(catcher),
              catcher.text("Next"),
              catcher.resultPath(),
              catcher.raw("Assign"),
              catcher.raw("Output")));
    }
    return List.copyOf(catchers);
  }

  private static List<FieldReader> elements(FieldReader state, String field, ParseContext ctx) {
    JsonNode list = state.raw(field);
    List<FieldReader> readers = new ArrayList<>();
    if (list == null || !list.isArray()) {
      return readers;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).isObject()) {
        readers.add(
            new FieldReader(
                list.get(i),
                Diagnostics.child(state.pointer(field), i),
                state.language(),
                ctx.diagnostics()));
      }
    }
    return readers;
  }

  private static List<String> errorEquals(FieldReader element) {
    JsonNode names = element.raw("ErrorEquals");
    List<String> errors = new ArrayList<>();
    if (names != null && names.isArray()) {
      for (JsonNode name : names) {
        if (name.isTextual()) {
          errors.add(name.textValue());
        }
      }
    }
    return List.copyOf(errors);
  }

  private static int integer(JsonNode value, int fallback) {
    return value != null && value.isNumber() ? value.intValue() : fallback;
  }

  private static double number(JsonNode value, double fallback) {
    return value != null && value.isNumber() ? value.doubleValue() : fallback;
  }
}
