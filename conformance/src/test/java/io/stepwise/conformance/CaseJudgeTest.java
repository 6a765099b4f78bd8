package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseJudgeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PASS_HISTORY =
      List.of("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static RecordedCase recorded(String expected) {
    return recorded(expected, "[]");
  }

  private static RecordedCase recorded(String expected, String flags) {
    return RecordedCase.fromJson(
        "v2_case",
        json(
            """
            {"feature_area":"base","state_machine_type":"STANDARD",
             "execution_api":"start_execution","definition":{},"input":"{}",
             "expected":%s,"placeholders":["<uuid:1>"],"flags":%s}"""
                .formatted(expected, flags)));
  }

  private static RecordedCase succeeded(String output) {
    return recorded(
        "{\"status\":\"SUCCEEDED\",\"output\":%s,\"history_event_types\":%s}"
            .formatted(output, JSON.valueToTree(PASS_HISTORY)));
  }

  private static ActualExecution actual(String status, String output, List<String> history) {
    return new ActualExecution(status, output == null ? null : json(output), null, null, history);
  }

  @Test
  void aMatchingExecutionPassesEveryCheck() {
    CaseVerdict verdict =
        CaseJudge.judge(
            succeeded("{\"id\":\"<uuid:1>\"}"),
            actual("SUCCEEDED", "{\"id\":\"u\"}", PASS_HISTORY));

    assertThat(verdict.failedChecks()).isEmpty();
    assertThat(verdict.statusAndOutputPassed()).isTrue();
    assertThat(verdict.scope()).isEqualTo(Scope.JSONPATH);
  }

  @Test
  void eachCheckFailsOnItsOwn() {
    RecordedCase recorded = succeeded("{\"a\":1}");

    assertThat(
            CaseJudge.judge(recorded, actual("SUCCEEDED", "{\"a\":2}", PASS_HISTORY))
                .failedChecks())
        .containsExactly(Check.OUTPUT);
    assertThat(
            CaseJudge.judge(recorded, actual("SUCCEEDED", "{\"a\":1}", PASS_HISTORY.subList(0, 3)))
                .failedChecks())
        .containsExactly(Check.HISTORY);
    CaseVerdict failed =
        CaseJudge.judge(
            recorded, new ActualExecution("FAILED", null, "States.Runtime", "boom", PASS_HISTORY));
    assertThat(failed.failedChecks()).containsExactly(Check.STATUS, Check.OUTPUT);
    assertThat(failed.result(Check.STATUS).detail())
        .isEqualTo("expected status SUCCEEDED but was FAILED (States.Runtime: boom)");
  }

  @Test
  void aFailedExecutionComparesErrorAndCause() {
    RecordedCase recorded =
        recorded("{\"status\":\"FAILED\",\"error\":\"E\",\"cause\":\"id <uuid:1>\"}");

    assertThat(
            CaseJudge.judge(recorded, new ActualExecution("FAILED", null, "E", "id 7", List.of()))
                .failedChecks())
        .isEmpty();
    assertThat(
            CaseJudge.judge(recorded, new ActualExecution("FAILED", null, "F", "id 7", List.of()))
                .failedChecks())
        .containsExactly(Check.OUTPUT);
  }

  @Test
  void aFailureWithoutRecordedErrorExpectsNone() {
    RecordedCase recorded = recorded("{\"status\":\"FAILED\",\"cause\":\"c\"}");

    assertThat(
            CaseJudge.judge(recorded, new ActualExecution("FAILED", null, null, "c", List.of()))
                .failedChecks())
        .isEmpty();
    assertThat(
            CaseJudge.judge(recorded, new ActualExecution("FAILED", null, "E", "c", List.of()))
                .failedChecks())
        .containsExactly(Check.OUTPUT);
  }

  @Test
  void withoutARecordedHistoryTheHistoryIsNotJudged() {
    RecordedCase recorded = recorded("{\"status\":\"SUCCEEDED\",\"output\":1}");

    CaseVerdict verdict = CaseJudge.judge(recorded, actual("SUCCEEDED", "1.0", List.of()));

    assertThat(verdict.result(Check.HISTORY).outcome())
        .isEqualTo(CheckResult.Outcome.NOT_APPLICABLE);
    assertThat(verdict.failedChecks()).isEmpty();
  }

  @Test
  void aNonTerminalRecordingExpectsARunningExecutionWithThatPrefix() {
    RecordedCase recorded =
        recorded(
            "{\"status\":\"UNKNOWN:WaitStateEntered\","
                + "\"history_event_types\":[\"ExecutionStarted\",\"WaitStateEntered\"]}");
    List<String> longer = List.of("ExecutionStarted", "WaitStateEntered", "WaitStateExited");

    assertThat(CaseJudge.judge(recorded, actual("RUNNING", null, longer)).failedChecks()).isEmpty();
    assertThat(CaseJudge.judge(recorded, actual("SUCCEEDED", "{}", longer)).failedChecks())
        .containsExactly(Check.STATUS);
    assertThat(
            CaseJudge.judge(recorded, actual("RUNNING", null, List.of("ExecutionStarted")))
                .failedChecks())
        .containsExactly(Check.HISTORY);
  }

  @Test
  void resortedParallelEventsAreComparedByTheIdsTheRecorderKept() {
    String expected =
        """
        {"status":"SUCCEEDED","output":[],"history_event_types":["ExecutionStarted",
         "ParallelStateEntered","PassStateEntered","PassStateExited","ExecutionSucceeded"]}""";
    String events =
        """
        [{"id":1,"type":"ExecutionStarted"},{"id":2,"type":"ParallelStateEntered"},
         {"id":[0],"type":"PassStateEntered"},{"id":[0],"type":"PassStateExited"},
         {"id":6,"type":"ExecutionSucceeded"}]""";
    RecordedCase resorted =
        RecordedCase.fromJson(
            "v2_parallel",
            json(
                """
                {"definition":{},"input":"{}","expected":%s,"history_events":%s,
                 "placeholders":[],"flags":["parallel_branch_events_sorted_by_snapshot_transformer"]}"""
                    .formatted(expected, events)));
    List<String> inOrder =
        List.of(
            "ExecutionStarted",
            "ParallelStateEntered",
            "PassStateEntered",
            "PassStateExited",
            "ParallelStateSucceeded",
            "ExecutionSucceeded");
    List<String> branchReordered =
        List.of(
            "ExecutionStarted",
            "ParallelStateEntered",
            "PassStateExited",
            "PassStateEntered",
            "ParallelStateSucceeded",
            "ExecutionSucceeded");
    List<String> branchEventMissing =
        List.of(
            "ExecutionStarted",
            "ParallelStateEntered",
            "PassStateEntered",
            "ParallelStateSucceeded",
            "ParallelStateExited",
            "ExecutionSucceeded");
    List<String> keptEventMoved =
        List.of(
            "ExecutionStarted",
            "PassStateEntered",
            "ParallelStateEntered",
            "PassStateExited",
            "ParallelStateSucceeded",
            "ExecutionSucceeded");

    assertThat(CaseJudge.judge(resorted, actual("SUCCEEDED", "[]", inOrder)).failedChecks())
        .isEmpty();
    assertThat(CaseJudge.judge(resorted, actual("SUCCEEDED", "[]", branchReordered)).failedChecks())
        .isEmpty();
    assertThat(
            CaseJudge.judge(resorted, actual("SUCCEEDED", "[]", branchEventMissing)).failedChecks())
        .containsExactly(Check.HISTORY);
    assertThat(CaseJudge.judge(resorted, actual("SUCCEEDED", "[]", keptEventMoved)).failedChecks())
        .containsExactly(Check.HISTORY);
    assertThat(
            CaseJudge.judge(resorted, actual("SUCCEEDED", "[]", inOrder.subList(1, 6)))
                .failedChecks())
        .containsExactly(Check.HISTORY);
    assertThat(
            CaseJudge.judge(recorded(expected), actual("SUCCEEDED", "[]", branchReordered))
                .failedChecks())
        .containsExactly(Check.HISTORY);
  }
}
