package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownFailuresTest {

  @Test
  void parsesEntriesAndSkipsComments() {
    KnownFailures known =
        KnownFailures.parse(
            List.of(
                "# a comment",
                "",
                "v2_case_a output # engine misses States.Format escapes",
                "v2_case_b   history   #   issue 4: JSONata  "));

    assertThat(known.contains("v2_case_a", Check.OUTPUT)).isTrue();
    assertThat(known.contains("v2_case_a", Check.STATUS)).isFalse();
    assertThat(known.reason(new KnownFailures.Entry("v2_case_b", Check.HISTORY)))
        .isEqualTo("issue 4: JSONata");
  }

  @Test
  void refusesLinesWithoutReasonUnknownChecksAndDuplicates() {
    assertThatThrownBy(() -> KnownFailures.parse(List.of("v2_case_a output")))
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> KnownFailures.parse(List.of("v2_case_a outcome # why")))
        .hasMessageContaining("outcome");
    assertThatThrownBy(() -> KnownFailures.parse(List.of("v2_a status # x", "v2_a status # y")))
        .hasMessageContaining("line 2");
  }

  @Test
  void rendersWhatItParses() {
    KnownFailures known =
        new KnownFailures(
            Map.of(
                new KnownFailures.Entry("v2_b", Check.STATUS), "why b",
                new KnownFailures.Entry("v2_a", Check.HISTORY), "why a"));

    String text = known.render();

    assertThat(text).endsWith("v2_a history # why a\nv2_b status # why b\n");
    assertThat(KnownFailures.parse(text.lines().toList()).entries())
        .containsExactlyElementsOf(known.entries());
  }

  @Test
  void regenerationKeepsReasonsAndNamesLaterIssues() throws Exception {
    ObjectMapper json = new ObjectMapper();
    RecordedCase jsonPath =
        RecordedCase.fromJson(
            "v2_base_case",
            json.readTree(
                "{\"definition\":{},\"input\":\"{}\",\"expected\":{\"status\":\"SUCCEEDED\","
                    + "\"output\":1},\"placeholders\":[],\"flags\":[]}"));
    RecordedCase jsonata =
        RecordedCase.fromJson(
            "v2_evaluate_jsonata_case",
            json.readTree(
                "{\"definition\":{},\"input\":\"{}\",\"expected\":{\"status\":\"SUCCEEDED\","
                    + "\"output\":1},\"placeholders\":[],\"flags\":[]}"));
    ActualExecution wrong =
        new ActualExecution("SUCCEEDED", json.readTree("2"), null, null, List.of());
    KnownFailures previous =
        new KnownFailures(
            Map.of(
                new KnownFailures.Entry("v2_base_case", Check.OUTPUT), "kept reason",
                new KnownFailures.Entry("v2_gone", Check.STATUS), "dropped"));

    KnownFailures regenerated =
        KnownFailures.regenerate(
            List.of(CaseJudge.judge(jsonPath, wrong), CaseJudge.judge(jsonata, wrong)), previous);

    assertThat(regenerated.render())
        .endsWith(
            "v2_base_case output # kept reason\n"
                + "v2_evaluate_jsonata_case output # issue 4: JSONata\n");
  }

  @Test
  void disagreementsAreNewFailuresAndListedChecksThatPass() throws Exception {
    ObjectMapper json = new ObjectMapper();
    RecordedCase recorded =
        RecordedCase.fromJson(
            "v2_case",
            json.readTree(
                "{\"definition\":{},\"input\":\"{}\",\"expected\":{\"status\":\"SUCCEEDED\","
                    + "\"output\":1},\"placeholders\":[],\"flags\":[]}"));
    CaseVerdict wrongOutput =
        CaseJudge.judge(
            recorded, new ActualExecution("SUCCEEDED", json.readTree("2"), null, null, List.of()));
    KnownFailures listsStatus =
        new KnownFailures(Map.of(new KnownFailures.Entry("v2_case", Check.STATUS), "why"));
    KnownFailures listsOutput =
        new KnownFailures(Map.of(new KnownFailures.Entry("v2_case", Check.OUTPUT), "why"));

    assertThat(listsOutput.disagreements(wrongOutput)).isEmpty();
    assertThat(listsStatus.disagreements(wrongOutput))
        .containsExactly(
            "status is listed but PASSED: remove the line 'v2_case status'",
            "output failed and is not listed: expected output 1 but was 2");
  }
}
