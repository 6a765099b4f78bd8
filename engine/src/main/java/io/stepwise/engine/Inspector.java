package io.stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.dataflow.Failure;

/**
 * Sees the values that a state's data flow produces on its way from input to output: what AWS's
 * TestState shows as its inspection data. Executions run with {@link #NONE}; only a test of one
 * state looks.
 */
@FunctionalInterface
public interface Inspector {

  /** The inspector of ordinary executions, which looks at nothing. */
  Inspector NONE = (thread, state, stage, value) -> {};

  /** One step of the data flow, named as the member of AWS's {@code InspectionData} it fills. */
  enum Stage {
    AFTER_INPUT_PATH("afterInputPath"),
    AFTER_PARAMETERS("afterParameters"),
    AFTER_ARGUMENTS("afterArguments"),
    RESULT("result"),
    AFTER_RESULT_SELECTOR("afterResultSelector"),
    AFTER_RESULT_PATH("afterResultPath");

    private final String member;

    Stage(String member) {
      this.member = member;
    }

    public String member() {
      return member;
    }
  }

  /**
   * The state {@code state} of thread {@code thread} (0 for the execution's own workflow) reached
   * {@code stage} with {@code value}.
   */
  void inspect(int thread, String state, Stage stage, JsonNode value);

  /** The {@code catcherIndex}-th catcher of the state's Catch field handled its {@code failure}. */
  default void caught(int thread, String state, Failure failure, int catcherIndex) {}

  /**
   * The {@code retrierIndex}-th retrier of the state's Retry field retries it after its {@code
   * failure}, in {@code delayMillis}.
   */
  default void retrying(
      int thread, String state, Failure failure, int retrierIndex, long delayMillis) {}
}
