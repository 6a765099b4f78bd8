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
}
