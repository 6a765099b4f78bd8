package io.stepwise.conformance;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** How one case compared with AWS's recording, check by check. */
record CaseVerdict(RecordedCase recorded, Scope scope, Map<Check, CheckResult> results) {

  CaseVerdict {
    results = new EnumMap<>(results);
  }

  CheckResult result(Check check) {
    return results.get(check);
  }

  /** The checks this case failed. */
  Set<Check> failedChecks() {
    return results.entrySet().stream()
        .filter(entry -> entry.getValue().failed())
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Check.class)));
  }

  /** Whether the status and the output (or error and cause) both match AWS's. */
  boolean statusAndOutputPassed() {
    return !result(Check.STATUS).failed() && !result(Check.OUTPUT).failed();
  }
}
