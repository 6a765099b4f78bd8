package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @Test
  void isFoundBesideAnAncestorOfTheWorkingDirectory(@TempDir Path root) throws Exception {
    Path corpus = Files.createDirectories(root.resolve(Corpus.RELATIVE_PATH));
    Path module = Files.createDirectories(root.resolve("main/conformance"));

    assertThat(Corpus.locate(module, root)).isEqualTo(corpus);
  }

  @Test
  void aMissingCorpusFailsLoudly(@TempDir Path root) throws Exception {
    Path module = Files.createDirectories(root.resolve("main/conformance"));

    assertThatThrownBy(() -> Corpus.locate(module, root))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(Corpus.RELATIVE_PATH);
  }

  @Test
  void anEmptyCorpusFailsLoudly(@TempDir Path root) {
    assertThatThrownBy(() -> Corpus.load(root)).hasMessageContaining("empty");
  }

  @Test
  void readsACaseFile(@TempDir Path root) throws Exception {
    Files.writeString(
        root.resolve("v2_case.json"),
        """
        {"feature_area":"wait","state_machine_type":"STANDARD","execution_api":"start_execution",
         "definition":{"StartAt":"A"},"input":"{\\"a\\": 1}",
         "expected":{"status":"FAILED","error":"E","cause":"C",
                     "history_event_types":["ExecutionStarted","ExecutionFailed"]},
         "placeholders":["date"],"flags":["non_terminal_snapshot (history recorded while RUNNING)"]}
        """);

    RecordedCase recorded = Corpus.load(root).getFirst();

    assertThat(recorded.id()).isEqualTo("v2_case");
    assertThat(recorded.featureArea()).isEqualTo("wait");
    assertThat(recorded.input()).isEqualTo("{\"a\": 1}");
    assertThat(recorded.definition().path("StartAt").asText()).isEqualTo("A");
    assertThat(recorded.expected()).isEqualTo(new RecordedCase.Expected("FAILED", null, "E", "C"));
    assertThat(recorded.expectedHistoryTypes())
        .containsExactly("ExecutionStarted", "ExecutionFailed");
    assertThat(recorded.placeholders()).containsExactly("date");
    assertThat(recorded.flagged()).isTrue();
    assertThat(recorded.nonTerminal()).isFalse();
  }
}
