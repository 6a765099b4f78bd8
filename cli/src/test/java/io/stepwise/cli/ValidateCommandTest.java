package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  private Path file(String text) throws Exception {
    return Files.writeString(dir.resolve("machine.asl.json"), text);
  }

  @Test
  void aValidDefinitionPrintsValid() throws Exception {
    Path definition =
        file("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}");

    CommandLineRun run = CommandLineRun.of("validate", definition.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("valid" + System.lineSeparator());
  }

  @Test
  void everyProblemIsPrintedWithItsLocation() throws Exception {
    Path definition =
        file(
            """
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Next":"Nowhere"},
              "B":{"Type":"Pass","End":true}}}""");

    CommandLineRun run = CommandLineRun.of("validate", definition.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_SUCCEEDED);
    assertThat(run.out().lines())
        .hasSizeGreaterThanOrEqualTo(2)
        .anyMatch(line -> line.contains("/States/A/Next"))
        .anyMatch(line -> line.contains("/States/B"))
        .allMatch(line -> line.matches("[A-Z_]+: .+ at /.*"));
  }

  @Test
  void malformedJsonIsADiagnosticNotAStackTrace() throws Exception {
    Path definition = file("{\"StartAt\":\"A\",\"States\":{");

    CommandLineRun run = CommandLineRun.of("validate", definition.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_SUCCEEDED);
    assertThat(run.out().lines()).isNotEmpty().allMatch(line -> line.matches("[A-Z_]+: .+ at /.*"));
    assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aMissingFileIsAClearError() {
    CommandLineRun run = CommandLineRun.of("validate", dir.resolve("absent.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.err()).contains("absent.json", "no such file").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }
}
