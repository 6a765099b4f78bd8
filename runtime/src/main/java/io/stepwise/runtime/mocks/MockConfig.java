package io.stepwise.runtime.mocks;

import java.util.Map;
import java.util.Optional;

/**
 * A mock configuration file: for each state machine (by name), its test cases, each mapping state
 * names to mocked responses. A state a test case does not name runs its real task.
 */
public record MockConfig(Map<String, Map<String, Map<String, MockedResponse>>> testCases) {

  public MockConfig {
    testCases = Map.copyOf(testCases);
  }

  public static MockConfig empty() {
    return new MockConfig(Map.of());
  }

  /** The mocked states of a test case of a state machine, or empty when there is no such case. */
  public Optional<TestCase> testCase(String stateMachineName, String testCaseName) {
    return Optional.ofNullable(testCases.get(stateMachineName))
        .map(cases -> cases.get(testCaseName))
        .map(states -> new TestCase(testCaseName, states));
  }
}
