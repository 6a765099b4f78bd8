package io.stepwise.runtime.mocks;

import java.util.List;
import java.util.Optional;

/**
 * A named mocked response: its answers by invocation index, from 0, each for one index ({@code
 * "0"}) or a range of them ({@code "1-2"}).
 */
public record MockedResponse(String name, List<Range> answers) {

  /** The answer of the invocations {@code first} to {@code last}, both included. */
  public record Range(int first, int last, MockedAnswer answer) {}

  public MockedResponse {
    answers = List.copyOf(answers);
  }

  /** The answer of the invocation at {@code index}, or empty when the file gives none. */
  public Optional<MockedAnswer> answer(int index) {
    return answers.stream()
        .filter(range -> range.first() <= index && index <= range.last())
        .map(Range::answer)
        .findFirst();
  }
}
