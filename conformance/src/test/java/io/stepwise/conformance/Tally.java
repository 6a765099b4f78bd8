package io.stepwise.conformance;

import java.util.Collection;
import java.util.Locale;

/**
 * The counts of one row of the report.
 *
 * @param withHistory how many of the cases recorded a history to compare
 * @param failed how many cases failed at least one check
 */
record Tally(int cases, int statusAndOutputPassed, int withHistory, int historyPassed, int failed) {

  static Tally of(Collection<CaseVerdict> verdicts) {
    int statusAndOutput = 0;
    int withHistory = 0;
    int history = 0;
    int failed = 0;
    for (CaseVerdict verdict : verdicts) {
      statusAndOutput += verdict.statusAndOutputPassed() ? 1 : 0;
      CheckResult historyResult = verdict.result(Check.HISTORY);
      withHistory += historyResult.outcome() == CheckResult.Outcome.NOT_APPLICABLE ? 0 : 1;
      history += historyResult.passed() ? 1 : 0;
      failed += verdict.failedChecks().isEmpty() ? 0 : 1;
    }
    return new Tally(verdicts.size(), statusAndOutput, withHistory, history, failed);
  }

  /** A Markdown table row: label, cases, status+output passed, history types passed, failed. */
  String row(String label) {
    return "| %s | %d | %s | %s | %d |"
        .formatted(
            label,
            cases,
            ratio(statusAndOutputPassed, cases),
            ratio(historyPassed, withHistory),
            failed);
  }

  static String ratio(int part, int whole) {
    if (whole == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%d / %d (%.1f%%)", part, whole, 100.0 * part / whole);
  }
}
