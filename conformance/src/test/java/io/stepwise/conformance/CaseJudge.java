package io.stepwise.conformance;

import java.util.List;
import java.util.Map;

/** Compares what Stepwise did with a case against what AWS recorded. */
final class CaseJudge {
  private static final String SUCCEEDED = "SUCCEEDED";
  private static final String RUNNING = "RUNNING";

  private CaseJudge() {}

  static CaseVerdict judge(RecordedCase recorded, ActualExecution actual) {
    return new CaseVerdict(
        recorded,
        Scope.of(recorded),
        Map.of(
            Check.STATUS, status(recorded, actual),
            Check.OUTPUT, output(recorded, actual),
            Check.HISTORY, history(recorded, actual)));
  }

  /**
   * A history recorded while the execution still ran expects it to be running still: the corpus
   * cannot tell how it ended.
   */
  private static CheckResult status(RecordedCase recorded, ActualExecution actual) {
    String expected = recorded.nonTerminal() ? RUNNING : recorded.expected().status();
    return CheckResult.passedIf(
        expected.equals(actual.status()),
        "expected status " + expected + " but was " + actual.status() + failureOf(actual));
  }

  private static CheckResult output(RecordedCase recorded, ActualExecution actual) {
    if (recorded.nonTerminal()) {
      return CheckResult.NOT_APPLICABLE;
    }
    RecordedCase.Expected expected = recorded.expected();
    PlaceholderMatcher matcher =
        new PlaceholderMatcher(recorded.placeholders(), recorded.transformed());
    if (SUCCEEDED.equals(expected.status())) {
      return CheckResult.passedIf(
          matcher.matches(expected.output(), actual.output()),
          "expected output "
              + expected.output()
              + " but was "
              + actual.output()
              + failureOf(actual));
    }
    boolean matched =
        matcher.matchesText(expected.error(), actual.error())
            && matcher.matchesText(expected.cause(), actual.cause());
    return CheckResult.passedIf(
        matched,
        "expected error "
            + expected.error()
            + " with cause "
            + expected.cause()
            + " but was "
            + actual.error()
            + " with cause "
            + actual.cause());
  }

  /**
   * Compares the sequence of event types. A history recorded while the execution ran must be a
   * prefix of ours; where the recorder re-sorted Parallel branch events, see {@link
   * ResortedHistory}.
   */
  private static CheckResult history(RecordedCase recorded, ActualExecution actual) {
    List<String> expected = recorded.expectedHistoryTypes();
    if (expected == null) {
      return CheckResult.NOT_APPLICABLE;
    }
    List<String> types = actual.historyTypes();
    boolean matched;
    if (recorded.nonTerminal()) {
      matched =
          types.size() >= expected.size() && types.subList(0, expected.size()).equals(expected);
    } else if (recorded.parallelResorted()) {
      matched = ResortedHistory.matches(expected, recorded.expectedHistoryIds(), types);
    } else {
      matched = expected.equals(types);
    }
    return CheckResult.passedIf(matched, "expected events " + expected + " but were " + types);
  }

  private static String failureOf(ActualExecution actual) {
    return actual.error() == null && actual.cause() == null
        ? ""
        : " (" + actual.error() + ": " + actual.cause() + ")";
  }
}
