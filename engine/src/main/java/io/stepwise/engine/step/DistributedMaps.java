package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.MapState;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.Command;
import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.engine.Inspector;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.history.MapRunSettings;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.FailureTolerance;
import io.stepwise.engine.state.Frame;
import io.stepwise.engine.state.Phase;
import io.stepwise.engine.state.StateFields;
import java.util.List;

/**
 * Distributed Map states: a Map Run whose items each run as a child execution with its own history.
 * The parent's history shows only MapRunStarted and MapRunSucceeded or MapRunFailed.
 */
final class DistributedMaps {
  private static final Failure THRESHOLD_FAILURE =
      new Failure(
          ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
          "The specified tolerated failure threshold was exceeded");

  private final Stepper stepper;
  private final ChildSteps children;
  private final MapRunTasks tasks;

  DistributedMaps(Stepper stepper, ChildSteps children) {
    this.stepper = stepper;
    this.children = children;
    this.tasks = new MapRunTasks(stepper);
  }

  /**
   * Starts the Map Run of a Map state whose MapStateStarted has been emitted, or, when the Map has
   * an ItemReader, asks the runtime for its items first: the Map Run starts when they come.
   */
  void start(Frame frame, MapState map, ContextObject context) throws DataFlowException {
    frame.tolerance = MapLimits.tolerance(map, frame.effectiveInput, context);
    stepper.options.inspector().toleratedFailures(frame.id(), map.name(), frame.tolerance);
    if (StateFields.readsItems(map)) {
      tasks.readItems(frame, map, context);
      return;
    }
    startRun(frame, map, context, null);
  }

  /**
   * Starts the Map Run on the Map's items; when a test's mock stands for its child executions, none
   * starts, and the run ends with the mock.
   */
  private void startRun(Frame frame, MapState map, ContextObject context, JsonNode itemsRead)
      throws DataFlowException {
    frame.items = inputs(frame, map, context);
    emitMapRunStarted(frame, map, itemsRead);
    if (stepper.mockedIterations(frame) == null) {
      pump(frame, map);
    }
  }

  /** Whether the Map waits for its ItemReader or its ResultWriter. */
  boolean awaitsTask(Frame frame) {
    return stepper.state().taskFrame(frame.token()) == frame;
  }

  /** The ItemReader read {@code items}: the Map Run starts with them. */
  void itemsRead(Frame frame, MapState map, JsonNode items) throws DataFlowException {
    if (!items.isArray()) {
      throw new DataFlowException(
          ErrorNames.ITEM_READER_FAILED,
          "Expected the items read to be an array, but got " + items);
    }
    ContextObject context = ContextObject.of(stepper.state(), frame);
    frame.items = items;
    startRun(frame, map, context, items);
  }

  /**
   * Computes again what the Map state of {@code frame} holds only in memory, from its input and the
   * events of its Map Run: its input after InputPath, its settings until the Map Run starts, and
   * then the input of each child execution, from the items of its input or those its ItemReader
   * read.
   */
  void prepareAgain(Frame frame, MapState map) throws DataFlowException {
    ContextObject context = children.prepareMap(frame, map);
    frame.tolerance = MapLimits.tolerance(map, frame.effectiveInput, context);
    if (frame.mapRunArn() != null) {
      if (frame.itemsRead() != null) {
        frame.items = frame.itemsRead();
      }
      frame.items = inputs(frame, map, context);
    }
  }

  /** MapRunStarted, with the items that an ItemReader read ({@code null}: none was read). */
  private void emitMapRunStarted(Frame frame, MapState map, JsonNode itemsRead) {
    stepper.out.emit(
        HistoryEventType.MAP_RUN_STARTED,
        new EventDetails.MapRunStarted(
            mapRunArn(frame, map),
            settings(frame),
            frame.items == null ? 0 : frame.items.size(),
            itemsRead),
        frame.id(),
        frame.lastEventId());
  }

  /**
   * The ResultWriter wrote the results: its output is the Map state's result, or, when the Map Run
   * failed, the Map state fails as the Map Run did.
   */
  void resultsWritten(Frame frame, JsonNode output) {
    if (frame.failure() != null) {
      children.emitFailed(frame, frame.failure(), frame.lastEventId());
      return;
    }
    children.succeed(frame, output);
  }

  /**
   * The ItemReader or the ResultWriter failed: the Map state fails with States.ItemReaderFailed
   * (after a Map Run that starts and fails at once) or States.ResultWriterFailed.
   */
  void taskFailed(Frame frame, MapState map, Failure failure) {
    if (frame.mapRunArn() != null) {
      children.emitFailed(
          frame,
          new Failure(ErrorNames.RESULT_WRITER_FAILED, failure.cause()),
          stepper.state().lastEventId());
      return;
    }
    emitMapRunStarted(frame, map, null);
    failRun(frame, new Failure(ErrorNames.ITEM_READER_FAILED, failure.cause()), 0, 0, 0);
  }

  /**
   * Fails the Map Run with {@code failure}, after {@code succeeded} and {@code failed} child
   * executions, {@code running} more being aborted; the Map state then waits for a retry, or fails.
   */
  private void failRun(Frame frame, Failure failure, int succeeded, int failed, int running) {
    var event =
        stepper.out.emit(
            HistoryEventType.MAP_RUN_FAILED,
            new EventDetails.MapRunFailed(
                failure.error(),
                failure.cause(),
                frame.mapRunSettings(),
                succeeded,
                failed,
                running),
            frame.id(),
            frame.lastEventId());
    if (frame.phase() == Phase.FAILED) {
      children.emitFailed(frame, frame.failure(), event.id());
    }
  }

  /**
   * Ends a Map Run whose child executions a test's mock stands for: the iterations it says failed
   * fail the run when they exceed the tolerance the state sets (AWS's TestState judges them by no
   * other), else it succeeds with the mocked result.
   */
  void completeMocked(Frame frame, Inspector.MockedIterations mocked) {
    int total = frame.items.size();
    int failed = mocked.failedIterations();
    if (frame.tolerance.isSet() && frame.tolerance.exceededBy(failed, total)) {
      failRun(frame, THRESHOLD_FAILURE, total - failed, failed, 0);
      return;
    }
    stepper.out.emit(
        HistoryEventType.MAP_RUN_SUCCEEDED,
        new EventDetails.MapRunSucceeded(frame.mapRunSettings()),
        frame.id(),
        frame.lastEventId());
    children.succeed(frame, mocked.result());
  }

  /** Starts child executions while the concurrency limit and the tolerance allow. */
  void pump(Frame frame, MapState map) {
    while (stepper.executionRunning()
        && frame.phase() == Phase.CHILDREN
        && hasItemsToStart(frame)
        && (maxConcurrency(frame) == 0 || frame.running() < maxConcurrency(frame))
        && !tolerance(frame).exceededBy(frame.failedItems(), frame.items.size())) {
      int index =
          frame.redriveSlots().isEmpty() ? frame.nextItem() : frame.redriveSlots().getFirst();
      List<Frame> frames = stepper.state().frames();
      stepper.out.emit(
          HistoryEventType.EXECUTION_STARTED,
          new EventDetails.ChildExecutionStarted(
              frame.items.get(index), stepper.state().identity().roleArn(), frame.id(), index),
          frames.size(),
          0);
      Frame child = frames.get(frames.size() - 1);
      stepper.run(child);
      if (stepper.over(child)) {
        childOver(frame, child);
      }
    }
  }

  /** Whether some item's child execution has still to start (or, after a redrive, start again). */
  private static boolean hasItemsToStart(Frame frame) {
    return !frame.redriveSlots().isEmpty() || frame.nextItem() < frame.items.size();
  }

  /**
   * Whether a redrive runs the latest Map Run of {@code frame} again rather than a new one: it
   * started, and some of its child executions did not succeed (they have no result) or did not
   * start. A Map whose items could not be read, or whose results could not be written, is entered
   * again as a whole.
   */
  static boolean redrivesMapRun(Frame frame) {
    if (frame.mapRunArn() == null || frame.results() == null) {
      return false;
    }
    for (int slot = 0; slot < frame.mapRunExecutions(); slot++) {
      if (frame.results()[slot] == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Redrives the Map Run of {@code frame} (MapRunRedriven): its child executions that did not
   * succeed start again, then those that had not started. Returns true when that ended the Map
   * state, so that its thread continues.
   */
  boolean redriveMapRun(Frame frame, MapState map) throws DataFlowException {
    stepper.out.emit(
        HistoryEventType.MAP_RUN_REDRIVEN,
        new EventDetails.MapRunRedriven(frame.mapRunArn(), frame.mapRunRedriveCount() + 1),
        frame.id(),
        frame.lastEventId());
    prepareAgain(frame, map);
    pump(frame, map);
    return complete(frame);
  }

  /** Ends the history of a child execution whose thread is over. */
  void childOver(Frame frame, Frame child) {
    Failure silent = stepper.silentFailure(child);
    if (silent != null) {
      stepper.clearSilentFailure(child);
      endChild(child, silent);
    } else if (child.phase() == Phase.SUCCEEDED) {
      stepper.out.emit(
          HistoryEventType.EXECUTION_SUCCEEDED,
          new EventDetails.ExecutionSucceeded(child.output()),
          child.id(),
          child.lastEventId());
    } else if (child.phase() == Phase.THREAD_FAILED) {
      endChild(child, child.failure());
    }
  }

  private void endChild(Frame child, Failure failure) {
    stepper.out.emit(
        HistoryEventType.EXECUTION_FAILED,
        new EventDetails.ErrorDetails(failure.error(), failure.cause()),
        child.id(),
        child.lastEventId());
  }

  /** Ends the Map Run when the tolerance is exceeded or every child execution has ended. */
  boolean complete(Frame frame) {
    if (awaitsTask(frame)) {
      return false;
    }
    if (tolerance(frame).exceededBy(frame.failedItems(), frame.items.size())) {
      int failedCount = frame.failedItems();
      int succeeded = frame.nextItem() - failedCount - frame.running();
      failRun(frame, THRESHOLD_FAILURE, succeeded, failedCount, frame.running());
      if (StateFields.writesResults((MapState) frame.state())) {
        return writeResults(frame, (MapState) frame.state());
      }
      return true;
    }
    if (frame.running() > 0 || hasItemsToStart(frame)) {
      return false;
    }
    stepper.out.emit(
        HistoryEventType.MAP_RUN_SUCCEEDED,
        new EventDetails.MapRunSucceeded(frame.mapRunSettings()),
        frame.id(),
        frame.lastEventId());
    if (StateFields.writesResults((MapState) frame.state())) {
      return writeResults(frame, (MapState) frame.state());
    }
    children.succeed(frame);
    return true;
  }

  /** Asks for the results to be written; false while the Map waits for them. */
  private boolean writeResults(Frame frame, MapState map) {
    try {
      tasks.writeResults(frame, map, frame.mapRunArn());
      return false;
    } catch (DataFlowException e) {
      children.emitFailed(frame, e.failure(), stepper.state().lastEventId());
      return true;
    }
  }

  /**
   * UpdateMapRun: the Map Run of {@code frame} runs on with the settings given (those {@code null}
   * stay), starting more child executions if the new limit allows.
   */
  void update(Frame frame, MapState map, Command.UpdateMapRun update) {
    MapRunSettings changed = update.applyTo(frame.mapRunSettings());
    stepper.out.record(
        HistoryEventType.MAP_RUN_UPDATED, new EventDetails.MapRunUpdated(changed), frame.id());
    pump(frame, map);
  }

  private static int maxConcurrency(Frame frame) {
    return frame.mapRunSettings().maxConcurrency();
  }

  private static FailureTolerance tolerance(Frame frame) {
    MapRunSettings settings = frame.mapRunSettings();
    return new FailureTolerance(
        settings.toleratedFailureCount(), settings.toleratedFailurePercentage());
  }

  /** The settings that a Map Run starting now takes, as the Map state evaluated them. */
  private static MapRunSettings settings(Frame frame) {
    return new MapRunSettings(
        frame.maxConcurrency, frame.tolerance.count(), frame.tolerance.percentage());
  }

  /** The input of each child execution: items (after ItemSelector), or batches of them. */
  private JsonNode inputs(Frame frame, MapState map, ContextObject context)
      throws DataFlowException {
    ArrayNode items = children.itemInputs(frame, map, frame.items);
    if (map.itemBatcher() == null) {
      return items;
    }
    ArrayNode inputs = JsonNodeFactory.instance.arrayNode();
    int perBatch = maxItemsPerBatch(map, frame.effectiveInput, context);
    JsonNode batchInput =
        map.itemBatcher().batchInput() == null
            ? null
            : DataFlow.evaluate(map.itemBatcher().batchInput(), frame.effectiveInput, context);
    for (int start = 0; start < items.size(); start += perBatch) {
      ObjectNode batch = inputs.addObject();
      if (batchInput != null) {
        batch.set("BatchInput", batchInput);
      }
      ArrayNode batchItems = batch.putArray("Items");
      for (int i = start; i < Math.min(items.size(), start + perBatch); i++) {
        batchItems.add(items.get(i));
      }
    }
    stepper.inspect(frame, Inspector.Stage.AFTER_ITEM_BATCHER, inputs);
    return inputs;
  }

  private static int maxItemsPerBatch(MapState map, JsonNode input, ContextObject context)
      throws DataFlowException {
    if (map.itemBatcher().maxItemsPerBatch() == null) {
      return Integer.MAX_VALUE;
    }
    JsonNode value =
        DataFlow.evaluate(
            map.itemBatcher().maxItemsPerBatch(), "MaxItemsPerBatchPath", input, context);
    if (!value.isIntegralNumber() || value.asInt() <= 0) {
      throw new DataFlowException(
          ErrorNames.RUNTIME, "The MaxItemsPerBatch value must be a positive integer: " + value);
    }
    return value.asInt();
  }

  private String mapRunArn(Frame frame, MapState map) {
    ExecutionIdentity identity = stepper.state().identity();
    String label = map.label() != null ? map.label() : map.name();
    String machineArn = identity.stateMachineArn();
    String prefix = machineArn.substring(0, machineArn.indexOf(":stateMachine:"));
    return prefix
        + ":mapRun:"
        + identity.stateMachineName()
        + "/"
        + label
        + ":"
        + identity.executionName()
        + "-"
        + frame.lastEventId();
  }
}
