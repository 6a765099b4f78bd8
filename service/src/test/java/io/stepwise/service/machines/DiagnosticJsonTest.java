package io.stepwise.service.machines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

class DiagnosticJsonTest {

  @Test
  void locatesProblemsByJsonPointerAndTheWholeDefinitionBySlash() {
    ObjectNode state =
        DiagnosticJson.of(new Diagnostic("SCHEMA_VALIDATION_FAILED", "/States/A", "bad"), "{}");
    ObjectNode root =
        DiagnosticJson.of(new Diagnostic("SCHEMA_VALIDATION_FAILED", "", "These fields"), "{}");

    assertThat(state.path("location").asText()).isEqualTo("/States/A");
    assertThat(state.path("severity").asText()).isEqualTo("ERROR");
    assertThat(root.path("location").asText()).isEqualTo("/");
  }

  @Test
  void leavesABlankDefinitionUnlocated() {
    ObjectNode blank =
        DiagnosticJson.of(
            new Diagnostic(
                "SCHEMA_VALIDATION_FAILED", "", "Definition must be a valid JSON object"),
            " ");

    assertThat(blank.has("location")).isFalse();
  }

  @Test
  void locatesJsonSyntaxErrorsAsAwssJsonReaderDoes() {
    ObjectNode malformed =
        DiagnosticJson.of(
            new Diagnostic(
                "INVALID_JSON_DESCRIPTION", "", "Unrecognized token 'not' at line 1, column 4"),
            "not a definition");

    String source = "[Source: (String)\"not a definition\"; line: 1, column: 4]";
    assertThat(malformed.path("location").asText()).isEqualTo(source);
    assertThat(malformed.path("message").asText())
        .isEqualTo("Unrecognized token 'not'\n at " + source);
  }
}
