package io.stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.PathField;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.state.FailureTolerance;

/**
 * Sees the values that a state's data flow produces on its way from input to output: what AWS's
 * TestState shows as its inspection data. Executions run with {@link #NONE}; only a test of one
 * state looks. A test that mocks a Map state also answers, through {@link #mockedIterations}, for
 * the iterations of the state, which then do not run.
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
    AFTER_RESULT_PATH("afterResultPath"),
    AFTER_ITEMS_PATH("afterItemsPath"),
    AFTER_ITEM_SELECTOR("afterItemSelector"),
    AFTER_ITEM_BATCHER("afterItemBatcher");

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

  /**
   * The Map state {@code state} runs at most {@code maxConcurrency} iterations at once (0: all).
   */
  default void maxConcurrency(int thread, String state, int maxConcurrency) {}

  /**
   * The ItemsPath {@code itemsPath} of the Map state {@code state} selected a value that is not an
   * array, which fails the state with States.Runtime.
   */
  default void itemsNotArray(int thread, String state, PathField itemsPath) {}

  /** The distributed Map state {@code state} tolerates {@code tolerance} failed iterations. */
  default void toleratedFailures(int thread, String state, FailureTolerance tolerance) {}

  /**
   * The context object ({@code $$}) that a test gives the state {@code state}, or {@code null}: the
   * state sees its own.
   */
  default JsonNode contextObject(int thread, String state) {
    return null;
  }

  /**
   * The name that the context object ({@code $$.State.Name}) gives the state {@code state}: its
   * own, unless a test runs it under another, as AWS's TestState does.
   */
  default String nameInContext(int thread, String state) {
    return state;
  }

  /**
   * What stands for the iterations of the Map state {@code state} when a test mocks them, or {@code
   * null}: they run.
   */
  default MockedIterations mockedIterations(int thread, String state) {
    return null;
  }

  /**
   * The mocked outcome of a Map state's iterations: the state's result (what a ResultWriter
   * returned, when it has one) or the failure of the state, and how many of the iterations failed.
   *
   * @param result the Map state's result, or {@code null} when it fails
   * @param failure the Map state's failure, or {@code null} when it has a result
   * @param failedIterations how many iterations failed, which the state's tolerance judges
   */
  record MockedIterations(JsonNode result, Failure failure, int failedIterations) {}
}
