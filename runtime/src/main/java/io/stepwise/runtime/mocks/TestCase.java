package io.stepwise.runtime.mocks;

import io.stepwise.asl.model.ErrorNames;
import io.stepwise.runtime.TaskResult;
import java.util.Map;
import java.util.Optional;

/**
 * A test case of a state machine: which of its states are mocked, and with which responses. The
 * index of an invocation is not kept here but derived from the execution's history (see {@link
 * MockedExecution}), so that it survives a restart.
 */
public final class TestCase {
  private final String name;
  private final Map<String, MockedResponse> states;

  TestCase(String name, Map<String, MockedResponse> states) {
    this.name = name;
    this.states = Map.copyOf(states);
  }

  public String name() {
    return name;
  }

  /** Whether the test case answers the tasks of {@code state} in place of their resource. */
  public boolean mocks(String state) {
    return states.containsKey(state);
  }

  /**
   * The mocked result of invocation {@code index} (from 0) of {@code state}, or empty when the test
   * case does not mock it. An invocation past every index the response gives fails the execution
   * with States.Runtime, which no Retry or Catch handles, naming what is missing, rather than
   * inventing an answer: the mock file does not describe the run.
   */
  public Optional<TaskResult> answer(String state, int index) {
    MockedResponse response = states.get(state);
    if (response == null) {
      return Optional.empty();
    }
    return Optional.of(
        response
            .answer(index)
            .map(MockedAnswer::result)
            .orElseGet(
                () ->
                    TaskResult.failure(
                        ErrorNames.RUNTIME,
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
