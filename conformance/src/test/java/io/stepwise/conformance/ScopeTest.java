package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ScopeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Scope scopeOf(String id, String type, String api, String definition)
      throws Exception {
    return Scope.of(
        RecordedCase.fromJson(
            id,
            JSON.readTree(
                """
                {"state_machine_type":"%s","execution_api":"%s","definition":%s,"input":"{}",
                 "expected":{"status":"SUCCEEDED"},"placeholders":[],"flags":[]}"""
                    .formatted(type, api, definition))));
  }

  private static Scope scopeOf(String id, String definition) throws Exception {
    return scopeOf(id, "STANDARD", "start_execution", definition);
  }

  @Test
  void jsonPathCasesBelongToIssue2() throws Exception {
    assertThat(scopeOf("v2_scenarios_test_pass", "{\"States\":{\"A\":{\"Type\":\"Pass\"}}}"))
        .isEqualTo(Scope.JSONPATH);
  }

  @Test
  void jsonataIsFoundByNameOrAnywhereInTheDefinition() throws Exception {
    String nested =
        "{\"States\":{\"M\":{\"Type\":\"Map\",\"ItemProcessor\":{\"States\":"
            + "{\"P\":{\"Type\":\"Pass\",\"QueryLanguage\":\"JSONata\"}}}}}}";
    assertThat(scopeOf("v2_scenarios_test_map", nested)).isEqualTo(Scope.JSONATA);
    assertThat(scopeOf("v2_intrinsic_functions_test_array_jsonata_x", "{}"))
        .isEqualTo(Scope.JSONATA);
    assertThat(scopeOf("v2_outputdecl_test_output_x", "{}")).isEqualTo(Scope.JSONATA);
    assertThat(scopeOf("v2_query_language_test_x", "{}")).isEqualTo(Scope.JSONATA);
  }

  @Test
  void assignIsFoundByNameOrField() throws Exception {
    assertThat(scopeOf("v2_assign_test_x", "{\"QueryLanguage\":\"JSONata\"}"))
        .isEqualTo(Scope.VARIABLES);
    assertThat(scopeOf("v2_scenarios_x", "{\"States\":{\"A\":{\"Assign\":{\"v\":1}}}}"))
        .isEqualTo(Scope.VARIABLES);
  }

  @Test
  void loggingAndExpressOrApiCasesBelongToIssue3() throws Exception {
    assertThat(scopeOf("v2_logs_test_logs_x", "{}")).isEqualTo(Scope.LOGGING);
    assertThat(scopeOf("v2_test_sfn_api_TestSnfApi_x", "{}")).isEqualTo(Scope.EXPRESS_API);
    assertThat(scopeOf("v2_express_x", "EXPRESS", "start_sync_execution", "{}"))
        .isEqualTo(Scope.EXPRESS_API);
  }
}
