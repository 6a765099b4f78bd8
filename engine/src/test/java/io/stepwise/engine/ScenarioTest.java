package io.stepwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryRenderer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every folder of {@code scenarios/<topic>/<case>/}: a definition, an input and what AWS
 * recorded for them (status, output or error and cause, each event as {@code id/previousEventId
 * Type}, and the variables that state-exited events assigned). The harness also replays the history
 * after every decision.
 */
class ScenarioTest {

  static Stream<String> scenarios() throws IOException, URISyntaxException {
    Path root = Path.of(ScenarioTest.class.getResource("/scenarios").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.getFileName().toString().equals("definition.asl.json"))
          .map(p -> root.relativize(p.getParent()).toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void runsAsAwsRecordedIt(String scenario) throws IOException, URISyntaxException {
    Path folder = Path.of(ScenarioTest.class.getResource("/scenarios/" + scenario).toURI());
    JsonNode expected = EngineHarness.JSON.readTree(folder.resolve("expected.json").toFile());
    var run =
        EngineHarness.given(Files.readString(folder.resolve("definition.asl.json")))
            .run(EngineHarness.JSON.readTree(folder.resolve("input.json").toFile()));

    assertThat(run.state().status().name()).isEqualTo(expected.get("status").asText());
    if (expected.has("output")) {
      assertThat(run.state().output()).isEqualTo(expected.get("output"));
    } else {
      assertThat(run.state().error()).isEqualTo(expected.path("error").textValue());
      assertThat(run.state().cause()).isEqualTo(expected.path("cause").textValue());
    }
    List<String> history = new ArrayList<>();
    expected.get("history").forEach(event -> history.add(event.asText()));
    assertThat(run.links()).containsExactlyElementsOf(history);
    if (expected.has("assignedVariables")) {
      assertThat(assignedVariables(run.history())).isEqualTo(expected.get("assignedVariables"));
    }
  }

  /** The {@code assignedVariables} of each state-exited event as AWS shows them, by event id. */
  private static JsonNode assignedVariables(List<HistoryEvent> history) {
    ObjectNode byEvent = EngineHarness.JSON.createObjectNode();
    for (JsonNode event : HistoryRenderer.render(history).get("events")) {
      JsonNode assigned = event.path("stateExitedEventDetails").get("assignedVariables");
      if (assigned != null) {
        byEvent.set(event.get("id").asText(), assigned);
      }
    }
    return byEvent;
  }
}
