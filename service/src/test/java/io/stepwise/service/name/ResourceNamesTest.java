package io.stepwise.service.name;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "HelloWorld", "my-machine_1.v2", "名前", "a!b@c(d)e+f=g'h"})
  void acceptsNamesAwsAccepts(String name) {
    assertThat(ResourceNames.check(name)).isEmpty();
  }

  @Test
  void limitsTheLengthTo80Characters() {
    assertThat(ResourceNames.isValid("x".repeat(80))).isTrue();
    assertThat(ResourceNames.isValid("x".repeat(81))).isFalse();
    assertThat(ResourceNames.isValid("")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\tb", "a\u00a0b", "a\u2003b", "a\u0085b", "a\u009fb", "a\nb"})
  void rejectsWhiteSpaceAndControlCharacters(String name) {
    assertThat(ResourceNames.isValid(name)).isFalse();
  }

  /** Every CreateActivity name AWS refused in the recorded corpus, with AWS's exact message. */
  @Test
  void answersTheRecordedInvalidNamesAsAwsDid() throws IOException {
    List<JsonNode> cases = recordedInvalidNameCases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(26);
    for (JsonNode recorded : cases) {
      String name = recorded.at("/request/name").asText();
      assertThat(ResourceNames.check(name))
          .as(name)
          .hasValueSatisfying(
              error -> {
                assertThat(error.type()).isEqualTo(recorded.at("/expected/error/code").asText());
                assertThat(error.message())
                    .isEqualTo(recorded.at("/expected/error/message").asText());
              });
    }
  }

  private static List<JsonNode> recordedInvalidNameCases() throws IOException {
    Path folder = corpusFolder();
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().startsWith("CreateActivity"))
              .filter(f -> f.getFileName().toString().contains("invalid_name"))
              .toList()) {
        cases.add(mapper.readTree(file.toFile()));
      }
    }
    return cases;
  }

  private static Path corpusFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/conformance/aws-recorded-api");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("Expected shared/conformance/aws-recorded-api in an ancestor");
  }
}
