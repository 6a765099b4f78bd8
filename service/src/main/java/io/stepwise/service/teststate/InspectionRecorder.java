package io.stepwise.service.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.PathField;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.Inspector;
import io.stepwise.engine.state.FailureTolerance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine showed of the tested state's data flow: the first value of each stage (a retried
 * state passes them again), the catcher that handled its error and the retries it asked for. The
 * states of other threads (Parallel branches) and the states around it are not recorded. When the
 * test mocks a Map state, the recorder gives the mock that stands for the state's iterations, and
 * when it gives a context object, the context object of the state.
 */
final class InspectionRecorder implements Inspector {

  /** A retry the tested state asked for. */
  record Retry(Failure failure, int retrierIndex, long delayMillis) {}

  /** The catcher that handled the tested state's error. */
  record Catch(Failure failure, int catcherIndex) {}

  private final String stateName;
  private final Map<Stage, JsonNode> stages = new EnumMap<>(Stage.class);
  private final List<Retry> retries = new ArrayList<>();
  private final MockedIterations mockedMap;
  private final JsonNode context;
  private Catch caught;
  private Integer maxConcurrency;
  private FailureTolerance tolerance;
  private Failure itemsFailure;

  /**
   * A recorder of the state {@code stateName}, whose Map iterations {@code mockedMap} mocks (when
   * not null) and whose context object is {@code context} (when not null).
   */
  InspectionRecorder(String stateName, MockedIterations mockedMap, JsonNode context) {
    this.stateName = stateName;
    this.mockedMap = mockedMap;
    this.context = context;
  }

  @Override
  public JsonNode contextObject(int thread, String state) {
    return tested(thread, state) ? context : null;
  }

  /**
   * AWS's TestState calls the tested state {@value TestedMachine#SINGLE_STATE_NAME} in its context
   * object, even when {@code stateName} picks it out of a whole machine under another name.
   */
  @Override
  public String nameInContext(int thread, String state) {
    return tested(thread, state) ? TestedMachine.SINGLE_STATE_NAME : state;
  }

  @Override
  public void inspect(int thread, String state, Stage stage, JsonNode value) {
    if (tested(thread, state)) {
      stages.putIfAbsent(stage, value);
    }
  }

  @Override
  public void caught(int thread, String state, Failure failure, int catcherIndex) {
    if (tested(thread, state)) {
      caught = new Catch(failure, catcherIndex);
    }
  }

  @Override
  public void retrying(
      int thread, String state, Failure failure, int retrierIndex, long delayMillis) {
    if (tested(thread, state)) {
      retries.add(new Retry(failure, retrierIndex, delayMillis));
    }
  }

  @Override
  public void maxConcurrency(int thread, String state, int maxConcurrency) {
    if (tested(thread, state) && this.maxConcurrency == null) {
      this.maxConcurrency = maxConcurrency;
    }
  }

  @Override
  public void toleratedFailures(int thread, String state, FailureTolerance tolerance) {
    if (tested(thread, state) && this.tolerance == null) {
      this.tolerance = tolerance;
    }
  }

  @Override
  public void itemsNotArray(int thread, String state, PathField itemsPath) {
    if (tested(thread, state)) {
      String path = itemsPath instanceof PathField.Select select ? select.path().text() : "null";
      // AWS shows a path into the context object with one dollar sign: $$.Execution.Input
      // as $.Execution.Input.
      itemsFailure =
          new Failure(
              ErrorNames.RUNTIME,
              "Reference path \""
                  + path.replaceFirst("^\\$\\$", "\\$")
                  + "\" must point to array.");
    }
  }

  @Override
  public MockedIterations mockedIterations(int thread, String state) {
    return tested(thread, state) ? mockedMap : null;
  }

  private boolean tested(int thread, String state) {
    return thread == 0 && state.equals(stateName);
  }

  Map<Stage, JsonNode> stages() {
    return stages;
  }

  List<Retry> retries() {
    return retries;
  }

  /** The MaxConcurrency of the tested Map state, or {@code null}. */
  Integer maxConcurrency() {
    return maxConcurrency;
  }

  /** The failures the tested distributed Map state tolerates, or {@code null}. */
  FailureTolerance tolerance() {
    return tolerance;
  }

  /**
   * {@code failure} as TestState words it: a Map state whose ItemsPath selected no array fails with
   * AWS's cause {@code Reference path "<ItemsPath>" must point to array.}, where an execution's
   * cause is {@code Map state input must be an array but was: <value>} behind the state's prefix.
   */
  Failure worded(Failure failure) {
    return itemsFailure != null && ErrorNames.RUNTIME.equals(failure.error())
        ? itemsFailure
        : failure;
  }

  /** The catcher that handled the error, or {@code null}. */
  Catch caught() {
    return caught;
  }
}
