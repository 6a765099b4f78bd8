package io.stepwise.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The per-area report of a conformance run, in Markdown: a table of the issue-2 (JSONPath) cases by
 * feature area with their totals, a table of the later issues' cases, the flagged cases, and the
 * failures of the issue-2 scope.
 */
final class ConformanceReport {
  private static final String TABLE_HEADER =
      """
      | %s | cases | status+output passed | history types passed | failed |
      | --- | ---: | ---: | ---: | ---: |
      """;

  private final List<CaseVerdict> verdicts;
  private final String route;

  /**
   * @param route how the cases ran, completing "run through ..."
   */
  ConformanceReport(List<CaseVerdict> verdicts, String route) {
    this.verdicts = List.copyOf(verdicts);
    this.route = route;
  }

  /** The summary printed after a run: the two tables. */
  String summary() {
    return jsonPathTable() + "\n" + laterIssuesTable();
  }

  /** The whole report. */
  String markdown() {
    return "# Conformance report\n\n"
        + "Every case of shared/conformance/aws-recorded, run through "
        + route
        + " and compared with AWS's recording. A case passes status+output when its status"
        + " and its output (or error and cause) match, placeholders aside; history types counts"
        + " only the cases whose history was recorded; failed counts the cases that failed any"
        + " check.\n\n"
        + "## Issue 2: JSONPath, by feature area\n\n"
        + jsonPathTable()
        + "\n## Later issues\n\n"
        + laterIssuesTable()
        + "\n## Flagged cases (all scopes)\n\n"
        + flaggedTable()
        + "\n## Failed checks in the issue-2 scope\n\n"
        + failures();
  }

  private String jsonPathTable() {
    List<CaseVerdict> jsonPath = inScope(Scope.JSONPATH);
    StringBuilder table = new StringBuilder(TABLE_HEADER.formatted("area"));
    groupBy(jsonPath, verdict -> verdict.recorded().featureArea())
        .forEach((area, group) -> table.append(Tally.of(group).row(area)).append('\n'));
    table.append(Tally.of(jsonPath).row("**total**")).append('\n');
    List<CaseVerdict> unflagged = jsonPath.stream().filter(v -> !v.recorded().flagged()).toList();
    table.append(Tally.of(unflagged).row("**total, unflagged**")).append('\n');
    return table.toString();
  }

  private String laterIssuesTable() {
    StringBuilder table = new StringBuilder(TABLE_HEADER.formatted("scope"));
    for (Scope scope : Scope.values()) {
      if (scope != Scope.JSONPATH) {
        table.append(Tally.of(inScope(scope)).row(scope.label())).append('\n');
      }
    }
    return table.toString();
  }

  private String flaggedTable() {
    StringBuilder table = new StringBuilder(TABLE_HEADER.formatted("flag"));
    Map<String, List<CaseVerdict>> byFlag = new TreeMap<>();
    for (CaseVerdict verdict : verdicts) {
      for (String flag : verdict.recorded().flags()) {
        byFlag.computeIfAbsent(flag, key -> new ArrayList<>()).add(verdict);
      }
    }
    byFlag.forEach((flag, group) -> table.append(Tally.of(group).row(flag)).append('\n'));
    return table.toString();
  }

  private String failures() {
    StringBuilder list = new StringBuilder();
    for (CaseVerdict verdict : inScope(Scope.JSONPATH)) {
      for (Check check : verdict.failedChecks()) {
        list.append(
            "- `%s` %s: %s%n"
                .formatted(verdict.recorded().id(), check.id(), verdict.result(check).detail()));
      }
    }
    return list.isEmpty() ? "None.\n" : list.toString();
  }

  /** Every failed check of every scope with its detail, one per line, for whoever fixes them. */
  String failedChecks() {
    StringBuilder list = new StringBuilder();
    for (CaseVerdict verdict : verdicts) {
      for (Check check : verdict.failedChecks()) {
        list.append(
            "%s %s: %s%n"
                .formatted(verdict.recorded().id(), check.id(), verdict.result(check).detail()));
      }
    }
    return list.toString();
  }

  private List<CaseVerdict> inScope(Scope scope) {
    return verdicts.stream().filter(verdict -> verdict.scope() == scope).toList();
  }

  private static Map<String, List<CaseVerdict>> groupBy(
      List<CaseVerdict> verdicts, Function<CaseVerdict, String> key) {
    return verdicts.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
  }
}
