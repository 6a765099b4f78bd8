package io.stepwise.engine.step;

/**
 * The {@code location} of an EvaluationFailed event: the field of the failed JSONata expression,
 * which AWS's cause names ({@code ... specified for the field 'Output/result' ...}).
 */
final class EvaluationLocations {
  private static final String FIELD = "' specified for the field '";

  private EvaluationLocations() {}

  /** The field named in {@code cause}, or {@code null} when it names none. */
  static String of(String cause) {
    if (cause == null) {
      return null;
    }
    int start = cause.indexOf(FIELD);
    if (start < 0) {
      return null;
    }
    start += FIELD.length();
    int end = cause.indexOf('\'', start);
    return end < 0 ? null : cause.substring(start, end);
  }
}
