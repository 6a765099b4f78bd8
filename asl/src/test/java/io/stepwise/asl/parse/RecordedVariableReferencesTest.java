package io.stepwise.asl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.analysis.VariableReferences;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link VariableReferences} gives what AWS's DescribeStateMachine and
 * DescribeStateMachineForExecution answered as {@code variableReferences} for every recorded
 * definition: the same states and the same names, or nothing when AWS showed no field.
 */
class RecordedVariableReferencesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyRecordedDescriptionShowsTheReferencesAwsShowed() {
    int compared = 0;
    int withReferences = 0;
    int unparsable = 0;
    for (Path file : SharedCorpus.files("aws-recorded-api")) {
      JsonNode recorded = SharedCorpus.read(file);
      JsonNode response = recorded.at("/expected/response");
      if (!recorded.path("operation").asText().startsWith("DescribeStateMachine")
          || !response.has("definition")) {
        continue;
      }
      ParseResult parsed = DefinitionParser.parse(definitionText(response.get("definition")));
      if (!parsed.isValid()) {
        // The recorder replaced a timestamp path by a placeholder in one description.
        unparsable++;
        continue;
      }
      Map<String, List<String>> references = VariableReferences.of(parsed.machine());
      JsonNode expected = response.path("variableReferences");
      JsonNode actual = JSON.valueToTree(references);
      assertThat(actual)
          .as(file.getFileName().toString())
          .isEqualTo(expected.isMissingNode() ? JSON.createObjectNode() : expected);
      compared++;
      withReferences += expected.isMissingNode() ? 0 : 1;
    }
    assertThat(unparsable).isLessThanOrEqualTo(2);
    assertThat(compared).isGreaterThanOrEqualTo(60);
    assertThat(withReferences).isGreaterThanOrEqualTo(20);
  }

  private static String definitionText(JsonNode definition) {
    return definition.isTextual() ? definition.textValue() : definition.toString();
  }
}
