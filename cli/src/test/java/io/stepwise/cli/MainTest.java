package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void versionNamesTheProjectVersion() {
    CommandLineRun run = CommandLineRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).matches("stepwise \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CommandLineRun run = CommandLineRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("run", "validate", "Exit codes:", "invalid definition", "could not be read");
  }

  @Test
  void runHelpDocumentsItsOptions() {
    CommandLineRun run = CommandLineRun.of("run", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--input=JSON", "--input-file=PATH", "--history", "--real-time");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CommandLineRun run = CommandLineRun.of("frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_STARTED);
    assertThat(run.err()).contains("frobnicate");
  }
}
