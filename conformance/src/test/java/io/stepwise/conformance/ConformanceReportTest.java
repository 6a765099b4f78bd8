package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConformanceReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> HISTORY = List.of("ExecutionStarted", "ExecutionSucceeded");

  private static CaseVerdict verdict(String id, String area, String flags, String output)
      throws Exception {
    RecordedCase recorded =
        RecordedCase.fromJson(
            id,
            JSON.readTree(
                """
                {"feature_area":"%s","definition":{},"input":"{}","expected":{"status":"SUCCEEDED",
                 "output":1,"history_event_types":["ExecutionStarted","ExecutionSucceeded"]},
                 "placeholders":[],"flags":%s}"""
                    .formatted(area, flags)));
    return CaseJudge.judge(
        recorded, new ActualExecution("SUCCEEDED", JSON.readTree(output), null, null, HISTORY));
  }

  @Test
  void countsEachAreaOfIssue2AndEachLaterIssue() throws Exception {
    ConformanceReport report =
        new ConformanceReport(
            List.of(
                verdict("v2_wait_a", "wait", "[]", "1"),
                verdict("v2_wait_b", "wait", "[\"odd\"]", "2"),
                verdict("v2_choice_a", "choice", "[]", "1"),
                verdict("v2_evaluate_jsonata_a", "JSONata", "[]", "2")),
            "the test's route");

    String summary = report.summary();

    assertThat(summary)
        .contains("| choice | 1 | 1 / 1 (100.0%) | 1 / 1 (100.0%) | 0 |")
        .contains("| wait | 2 | 1 / 2 (50.0%) | 2 / 2 (100.0%) | 1 |")
        .contains("| **total** | 3 | 2 / 3 (66.7%) | 3 / 3 (100.0%) | 1 |")
        .contains("| **total, unflagged** | 2 | 2 / 2 (100.0%) | 2 / 2 (100.0%) | 0 |")
        .contains("| issue 4: JSONata | 1 | 0 / 1 (0.0%) | 1 / 1 (100.0%) | 1 |")
        .contains("| issue 3: logging | 0 | - | - | 0 |");
    assertThat(summary.indexOf("| choice |")).isLessThan(summary.indexOf("| wait |"));
    assertThat(report.markdown())
        .contains("run through the test's route and compared")
        .contains(summary.lines().findFirst().orElseThrow())
        .contains("| odd | 1 | 0 / 1 (0.0%) | 1 / 1 (100.0%) | 1 |")
        .contains("- `v2_wait_b` output: expected output 1 but was 2")
        .doesNotContain("- `v2_evaluate_jsonata_a`");
  }
}
