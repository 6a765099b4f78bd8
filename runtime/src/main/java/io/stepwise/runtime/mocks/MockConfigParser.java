package io.stepwise.runtime.mocks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a mock configuration file and reports every problem of it at once, each at its JSON
 * pointer: a test case naming a response that does not exist, an invocation key that is neither
 * {@code n} nor {@code n-m}, overlapping keys, an answer without exactly one of Return and Throw.
 */
public final class MockConfigParser {
  private static final Pattern KEY = Pattern.compile("(\\d+)(?:-(\\d+))?");

  /** The configuration, usable only when {@code problems} is empty. */
  public record Parsed(MockConfig config, List<String> problems) {}

  private final List<String> problems = new ArrayList<>();

  private MockConfigParser() {}

  /**
   * The configuration of {@code file}.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when it is not JSON or not a valid configuration, naming every
   *     problem with its JSON pointer
   */
  public static MockConfig load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to read the mock configuration " + file, e);
    }
    Parsed parsed;
    try {
      parsed = parse(new ObjectMapper().readTree(text));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Expected JSON in the mock configuration " + file + ", but " + e.getOriginalMessage(), e);
    }
    if (!parsed.problems().isEmpty()) {
      throw new IllegalArgumentException(
          "the mock configuration "
              + file
              + " has problems: "
              + String.join("; ", parsed.problems()));
    }
    return parsed.config();
  }

  public static Parsed parse(JsonNode root) {
    MockConfigParser parser = new MockConfigParser();
    if (root == null || !root.isObject()) {
      parser.problems.add("/: expected a JSON object with StateMachines and MockedResponses");
      return new Parsed(MockConfig.empty(), parser.problems);
    }
    Map<String, MockedResponse> responses = parser.responses(root.path("MockedResponses"));
    MockConfig config = new MockConfig(parser.machines(root.path("StateMachines"), responses));
    return new Parsed(config, List.copyOf(parser.problems));
  }

  private Map<String, Map<String, Map<String, MockedResponse>>> machines(
      JsonNode machines, Map<String, MockedResponse> responses) {
    Map<String, Map<String, Map<String, MockedResponse>>> byMachine = new HashMap<>();
    for (Map.Entry<String, JsonNode> machine : machines.properties()) {
      Map<String, Map<String, MockedResponse>> cases = new HashMap<>();
      String at = "/StateMachines/" + machine.getKey() + "/TestCases/";
      for (Map.Entry<String, JsonNode> testCase :
          machine.getValue().path("TestCases").properties()) {
        Map<String, MockedResponse> states = new HashMap<>();
        for (Map.Entry<String, JsonNode> state : testCase.getValue().properties()) {
          MockedResponse response = responses.get(state.getValue().asText());
          if (response == null) {
            problems.add(
                at
                    + testCase.getKey()
                    + "/"
                    + state.getKey()
                    + ": no mocked response is named '"
                    + state.getValue().asText()
                    + "' in MockedResponses");
          } else {
            states.put(state.getKey(), response);
          }
        }
        cases.put(testCase.getKey(), states);
      }
      byMachine.put(machine.getKey(), cases);
    }
    return byMachine;
  }

  private Map<String, MockedResponse> responses(JsonNode responses) {
    Map<String, MockedResponse> byName = new HashMap<>();
    for (Map.Entry<String, JsonNode> response : responses.properties()) {
      List<MockedResponse.Range> ranges = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : response.getValue().properties()) {
        String at = "/MockedResponses/" + response.getKey() + "/" + entry.getKey();
        MockedResponse.Range range = range(at, entry.getKey(), entry.getValue());
        if (range != null) {
          checkOverlap(at, ranges, range);
          ranges.add(range);
        }
      }
      byName.put(response.getKey(), new MockedResponse(response.getKey(), ranges));
    }
    return byName;
  }

  private MockedResponse.Range range(String at, String key, JsonNode value) {
    Matcher matcher = KEY.matcher(key);
    if (!matcher.matches()) {
      problems.add(at + ": expected an invocation index such as 0 or a range such as 1-2");
      return null;
    }
    int first = Integer.parseInt(matcher.group(1));
    int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
    if (last < first) {
      problems.add(at + ": the range ends before it starts");
      return null;
    }
    MockedAnswer answer = answer(at, value);
    return answer == null ? null : new MockedResponse.Range(first, last, answer);
  }

  private MockedAnswer answer(String at, JsonNode value) {
    boolean returns = value.has("Return");
    boolean throwsError = value.has("Throw");
    if (returns == throwsError) {
      problems.add(at + ": expected exactly one of Return and Throw");
      return null;
    }
    if (returns) {
      return new MockedAnswer.Return(value.get("Return"));
    }
    JsonNode error = value.get("Throw").get("Error");
    if (error == null || !error.isTextual()) {
      problems.add(at + "/Throw/Error: expected the error's name as a string");
      return null;
    }
    JsonNode cause = value.get("Throw").get("Cause");
    return new MockedAnswer.Throw(error.asText(), cause == null ? null : cause.asText());
  }

  private void checkOverlap(
      String at, List<MockedResponse.Range> ranges, MockedResponse.Range range) {
    for (MockedResponse.Range other : ranges) {
      if (range.first() <= other.last() && other.first() <= range.last()) {
        problems.add(at + ": overlaps invocations " + other.first() + "-" + other.last());
      }
    }
  }
}
