package io.stepwise.runtime.mocks;

import io.stepwise.runtime.TaskResult;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One execution's test case: which states are mocked, and how many times each has been invoked so
 * far, so that each invocation (a retry, a Map iteration) gets the answer of its index.
 */
public final class TestCase {
  private final String name;
  private final Map<String, MockedResponse> states;
  private final Map<String, Integer> invocations = new HashMap<>();

  TestCase(String name, Map<String, MockedResponse> states) {
    this.name = name;
    this.states = Map.copyOf(states);
  }

  public String name() {
    return name;
  }

  /**
   * The mocked result of the next invocation of {@code state}, or empty when the test case does not
   * mock it. An invocation past every index the response gives fails the task, naming what is
   * missing, rather than inventing an answer.
   */
  public synchronized Optional<TaskResult> answer(String state) {
    MockedResponse response = states.get(state);
    if (response == null) {
      return Optional.empty();
    }
    int index = invocations.merge(state, 1, Integer::sum) - 1;
    return Optional.of(
        response
            .answer(index)
            .map(MockedAnswer::result)
            .orElseGet(
                () ->
                    TaskResult.failure(
                        "States.TaskFailed",
                        "The mocked response "
                            + response.name()
                            + " of test case "
                            + name
                            + " has no answer for invocation "
                            + index
                            + " of state "
                            + state)));
  }
}
