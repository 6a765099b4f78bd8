package io.stepwise.asl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.validate.MachineType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every definition that AWS accepted parses without diagnostics: those of the recorded execution
 * corpus, and those that the recorded API calls created before their recorded call.
 */
class RecordedExecutionsAcceptedTest {
  /**
   * The recorder replaced the resources that tests created by the placeholder ARN {@code
   * arn:aws:fake:...}. In this call it stands for a Lambda function, but in the recorded
   * InvalidDefinition case test_illegal_activity_task it stands for an activity, which an Express
   * machine refuses; the placeholder is read as an activity, so this call cannot be accepted.
   */
  private static final Set<String> PLACEHOLDER_RESOURCES =
      Set.of(
          "StartSyncExecution__v2_express_test_express_sync_TestExpressSync_test_retry__"
              + "start_execution_sync_response.json");

  @Test
  void everyRecordedDefinitionIsAccepted() {
    List<Path> cases = SharedCorpus.files("aws-recorded");
    List<String> rejected = new ArrayList<>();
    for (Path file : cases) {
      JsonNode recorded = SharedCorpus.read(file);
      MachineType type =
          MachineType.valueOf(recorded.path("state_machine_type").asText("STANDARD"));
      ParseResult result = DefinitionParser.parse(recorded.get("definition"), type);
      if (!result.isValid() || result.machine() == null) {
        rejected.add(
            file.getFileName()
                + ": "
                + result.diagnostics().stream().map(Diagnostic::describe).toList());
      }
    }
    assertThat(cases).hasSize(928);
    assertThat(rejected).isEmpty();
  }

  @Test
  void everyDefinitionCreatedBeforeARecordedApiCallIsAccepted() {
    List<String> rejected = new ArrayList<>();
    int created = 0;
    for (Path file : SharedCorpus.files("aws-recorded-api")) {
      if (PLACEHOLDER_RESOURCES.contains(file.getFileName().toString())) {
        continue;
      }
      for (JsonNode call : SharedCorpus.read(file).path("setup_calls")) {
        if (call.path("operation").asText().equals("CreateStateMachine")) {
          created++;
          MachineType type = MachineType.valueOf(call.at("/request/type").asText("STANDARD"));
          ParseResult result =
              DefinitionParser.parse(call.at("/request/definition").asText(), type);
          if (!result.isValid()) {
            rejected.add(file.getFileName() + ": " + result.diagnostics());
          }
        }
      }
    }
    assertThat(created).isEqualTo(258);
    assertThat(rejected).isEmpty();
  }
}
