package io.stepwise.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidDefinitionMessageTest {

  @Test
  void rendersOneDiagnosticAsAwsDoes() {
    assertThat(
            InvalidDefinitionMessage.render(
                List.of(
                    new Diagnostic(
                        "SCHEMA_VALIDATION_FAILED", "", "These fields are required: [States]"))))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are"
                + " required: [States] at /'");
  }

  @Test
  void separatesSeveralDiagnosticsWithCommas() {
    assertThat(
            InvalidDefinitionMessage.render(
                List.of(
                    new Diagnostic(
                        "MISSING_TRANSITION_TARGET", "/States/A/Next", "Missing 'Next' target: B"),
                    new Diagnostic(
                        "UNREACHABLE_STATE", "/States/C", "State 'C' is not reachable"))))
        .isEqualTo(
            "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target:"
                + " B at /States/A/Next, UNREACHABLE_STATE: State 'C' is not reachable at"
                + " /States/C'");
  }

  @Test
  void rendersALabelRefusalAsAwsLabelValidatorDoes() {
    String definition = "{\"StartAt\": \"M\"}";
    List<Diagnostic> diagnostics =
        List.of(
            new Diagnostic("SCHEMA_VALIDATION_FAILED", "/States/M/Label", "Label cannot be empty"));

    assertThat(InvalidDefinitionMessage.render(diagnostics, definition))
        .isEqualTo(
            "Error=ValueError Args=['Label cannot be empty'] in definition '{\"StartAt\":"
                + " \"M\"}'.");
  }

  @Test
  void quotesAsPythonsReprDoes() {
    assertThat(InvalidDefinitionMessage.pythonRepr("plain")).isEqualTo("'plain'");
    assertThat(InvalidDefinitionMessage.pythonRepr("it's")).isEqualTo("\"it's\"");
    assertThat(InvalidDefinitionMessage.pythonRepr("'\"'")).isEqualTo("'\\'\"\\''");
    assertThat(InvalidDefinitionMessage.pythonRepr("'\\x9f'")).isEqualTo("\"'\\\\x9f'\"");
  }

  @Test
  void keepsAwsFormWhenNoLabelIsRefused() {
    List<Diagnostic> diagnostics =
        List.of(new Diagnostic("UNREACHABLE_STATE", "/States/C", "State 'C' is not reachable"));

    assertThat(InvalidDefinitionMessage.render(diagnostics, "{}"))
        .isEqualTo(InvalidDefinitionMessage.render(diagnostics));
  }
}
