package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.Failure;
import io.stepwise.dataflow.jsonata.JsonataEvaluator;
import io.stepwise.dataflow.jsonata.ResultType;
import io.stepwise.dataflow.jsonata.StatesBinding;
import io.stepwise.engine.Command;
import io.stepwise.engine.Inspector;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.state.Causes;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.Frame;
import io.stepwise.engine.state.Phase;
import io.stepwise.engine.state.StateFields;
import java.util.Arrays;
import java.util.List;

/**
 * Parallel and inline Map states: starting their branches or iterations, and ending the state when
 * they are all done or one of them failed.
 */
final class ChildSteps {
  private final Stepper stepper;
  private final DistributedMaps distributed;

  ChildSteps(Stepper stepper) {
    this.stepper = stepper;
    this.distributed = new DistributedMaps(stepper, this);
  }

  void startParallel(Frame frame, ParallelState parallel, long previousEventId)
      throws DataFlowException {
    prepareParallel(frame, parallel);
    stepper.out.emit(
        HistoryEventType.PARALLEL_STATE_STARTED,
        EventDetails.None.INSTANCE,
        frame.id(),
        previousEventId);
    List<Frame> frames = stepper.state().frames();
    int end = frames.size();
    // Running a branch appends the threads of its own nested states after the branches.
    for (int i = end - parallel.branches().size();
        i < end && frame.phase() == Phase.CHILDREN;
        i++) {
      Frame branch = frames.get(i);
      stepper.run(branch);
      if (stepper.silentFailure(branch) != null) {
        break;
      }
    }
    completeIfDone(frame);
  }

  void startMap(Frame frame, MapState map, long previousEventId) throws DataFlowException {
    ContextObject context = prepareMap(frame, map);
    stepper.out.emit(
        HistoryEventType.MAP_STATE_STARTED,
        new EventDetails.MapStateStarted(frame.items == null ? 0 : frame.items.size()),
        frame.id(),
        previousEventId);
    if (StateFields.isDistributed(map)) {
      distributed.start(frame, map, context);
    } else if (stepper.mockedIterations(frame) != null) {
      // A test's mock stands for the iterations, which do not run; it ends the state.
      itemInputs(frame, map, frame.items);
    } else {
      pump(frame, map);
    }
    completeIfDone(frame);
  }

  /**
   * Computes again what the Map or Parallel state of {@code frame}, which waits for its children,
   * holds only in memory: after a replay, and before a redrive runs its children again.
   */
  void prepareAgain(Frame frame) throws DataFlowException {
    switch (frame.state()) {
      case ParallelState parallel -> prepareParallel(frame, parallel);
      case MapState map when StateFields.isDistributed(map) -> distributed.prepareAgain(frame, map);
      case MapState map -> prepareMap(frame, map);
      default -> throw new IllegalStateException("Expected a Map or Parallel state: " + frame);
    }
  }

  /**
   * Resumes a redriven thread: a distributed Map state whose Map Run did not succeed runs that Map
   * Run again; any other state is entered again.
   */
  void resumeRedriven(Frame frame) {
    if (!(frame.state() instanceof MapState map && DistributedMaps.redrivesMapRun(frame))) {
      stepper.resume(frame);
      return;
    }
    boolean ended;
    try {
      ended = distributed.redriveMapRun(frame, map);
    } catch (DataFlowException e) {
      stepper.stateError(frame, Causes.ofState(e.failure(), frame));
      ended = true;
    }
    if (ended) {
      stepper.resume(frame);
    }
  }

  /** Computes the input that a Parallel state gives its branches, from the state's input. */
  void prepareParallel(Frame frame, ParallelState parallel) throws DataFlowException {
    ContextObject context = ContextObject.of(stepper.state(), frame);
    JsonNode input = DataFlow.selectPath(parallel.inputPath(), "InputPath", frame.input(), context);
    frame.items = QueryFields.arguments(parallel.parameters(), parallel, input, context);
  }

  /**
   * Computes a Map state's items (none yet when an ItemReader reads them later), its input after
   * InputPath and its MaxConcurrency from the state's input, and returns the context they were
   * evaluated in.
   */
  ContextObject prepareMap(Frame frame, MapState map) throws DataFlowException {
    ContextObject context = ContextObject.of(stepper.state(), frame);
    JsonNode input = DataFlow.selectPath(map.inputPath(), "InputPath", frame.input(), context);
    if (!QueryFields.isJsonata(map)) {
      stepper.inspect(frame, Inspector.Stage.AFTER_INPUT_PATH, input);
    }
    // An ItemReader's items come later, from the runtime; MapStateStarted then counts none.
    JsonNode items = StateFields.readsItems(map) ? null : inputItems(frame, map, input, context);
    prepareMap(frame, map, input, context);
    frame.items = items;
    return context;
  }

  /**
   * A branch or iteration of {@code parent} is over. Returns true when that ended the parent's Map
   * or Parallel state, so that the parent's thread continues.
   */
  boolean childOver(Frame parent, Frame child) {
    if (parent.state() instanceof MapState map && StateFields.isDistributed(map)) {
      distributed.childOver(parent, child);
      distributed.pump(parent, map);
    } else if (parent.state() instanceof MapState map) {
      iterationOver(parent, child, map);
      pump(parent, map);
    }
    return completeIfDone(parent);
  }

  private void pump(Frame frame, MapState map) {
    while (stepper.executionRunning()
        && frame.phase() == Phase.CHILDREN
        && frame.nextItem() < frame.items.size()
        && (frame.maxConcurrency == 0 || frame.running() < frame.maxConcurrency)) {
      Frame iteration = startIteration(frame, map);
      if (iteration == null) {
        return;
      }
      stepper.run(iteration);
      if (stepper.over(iteration)) {
        iterationOver(frame, iteration, map);
      }
    }
  }

  /** Keeps the Map state's input after InputPath, and computes its MaxConcurrency. */
  void prepareMap(Frame frame, MapState map, JsonNode input, ContextObject context)
      throws DataFlowException {
    frame.effectiveInput = input;
    frame.maxConcurrency = MapLimits.maxConcurrency(map, input, context);
    stepper.options.inspector().maxConcurrency(frame.id(), map.name(), frame.maxConcurrency);
  }

  /** The items of a Map state that has no ItemReader: from ItemsPath or JSONata's Items. */
  private JsonNode inputItems(Frame frame, MapState map, JsonNode input, ContextObject context)
      throws DataFlowException {
    JsonNode items =
        QueryFields.isJsonata(map) && map.items() != null
            ? items(map, input, context)
            : DataFlow.selectPath(map.itemsPath(), "ItemsPath", input, context);
    if (!items.isArray() && QueryFields.isJsonata(map)) {
      throw new DataFlowException(
          ErrorNames.QUERY_EVALUATION_ERROR, "Map state input must be an array but was: " + items);
    }
    if (!items.isArray()) {
      stepper.options.inspector().itemsNotArray(frame.id(), map.name(), map.itemsPath());
      throw new DataFlowException(
          ErrorNames.RUNTIME, "Map state input must be an array but was: " + items);
    }
    if (!QueryFields.isJsonata(map)) {
      stepper.inspect(frame, Inspector.Stage.AFTER_ITEMS_PATH, items);
    }
    return items;
  }

  /**
   * UpdateMapRun on the running Map Run of {@code frame}. Returns true when that ended its Map
   * state (or made it wait for a retry), so that the thread continues.
   */
  boolean updateMapRun(Frame frame, Command.UpdateMapRun update) {
    distributed.update(frame, (MapState) frame.state(), update);
    return completeIfDone(frame);
  }

  /** A JSONata Map state's {@code Items}: an array, or an expression that yields one. */
  private JsonNode items(MapState map, JsonNode input, ContextObject context)
      throws DataFlowException {
    StatesBinding states = StatesBinding.ofInput(input);
    PayloadTemplate literal = stepper.machine.itemsTemplate(map);
    if (literal != null) {
      return DataFlow.evaluate(literal, "Items", states, context);
    }
    if (map.items() instanceof ValueSource.Expression expression) {
      return JsonataEvaluator.evaluate(
          expression.compiled(), "Items", states, context, ResultType.ARRAY);
    }
    return DataFlow.evaluate(map.items(), "Items", states, context);
  }

  /** The input of the iteration for item {@code index}: the item, or its ItemSelector's value. */
  JsonNode itemInput(Frame frame, MapState map, JsonNode items, int index)
      throws DataFlowException {
    JsonNode item = items.get(index);
    if (map.itemSelector() == null) {
      return item;
    }
    ContextObject context = ContextObject.forMapItem(stepper.state(), frame, index, item);
    if (QueryFields.isJsonata(map)) {
      StatesBinding states = StatesBinding.ofInput(frame.effectiveInput);
      return DataFlow.evaluate(map.itemSelector(), "ItemSelector", states, context);
    }
    return DataFlow.evaluate(map.itemSelector(), frame.effectiveInput, context);
  }

  /**
   * The input of every iteration of {@code items}, which an inspector sees when the state has an
   * ItemSelector.
   */
  ArrayNode itemInputs(Frame frame, MapState map, JsonNode items) throws DataFlowException {
    ArrayNode inputs = JsonNodeFactory.instance.arrayNode(items.size());
    for (int i = 0; i < items.size(); i++) {
      inputs.add(itemInput(frame, map, items, i));
    }
    if (map.itemSelector() != null) {
      stepper.inspect(frame, Inspector.Stage.AFTER_ITEM_SELECTOR, inputs);
    }
    return inputs;
  }

  private Frame startIteration(Frame frame, MapState map) {
    int index = frame.nextItem();
    JsonNode input;
    try {
      input = itemInput(frame, map, frame.items, index);
    } catch (DataFlowException e) {
      emitFailed(frame, Causes.ofState(e.failure(), frame), frame.childLastEventId());
      return null;
    }
    stepper.out.emit(
        HistoryEventType.MAP_ITERATION_STARTED,
        new EventDetails.MapIteration(map.name(), index, null),
        frame.id(),
        frame.childLastEventId());
    List<Frame> frames = stepper.state().frames();
    Frame iteration = frames.get(frames.size() - 1);
    iteration.startInput = input;
    return iteration;
  }

  private void iterationOver(Frame frame, Frame iteration, MapState map) {
    Failure silent = stepper.silentFailure(iteration);
    HistoryEventType type;
    if (silent != null) {
      stepper.clearSilentFailure(iteration);
      type = HistoryEventType.MAP_ITERATION_FAILED;
    } else if (iteration.phase() == Phase.SUCCEEDED) {
      type = HistoryEventType.MAP_ITERATION_SUCCEEDED;
    } else if (iteration.phase() == Phase.THREAD_FAILED) {
      type = HistoryEventType.MAP_ITERATION_FAILED;
    } else {
      return;
    }
    stepper.out.emit(
        type,
        new EventDetails.MapIteration(map.name(), iteration.slot(), silent),
        iteration.id(),
        iteration.lastEventId());
  }

  /**
   * Ends the Map or Parallel state of {@code frame} when its children are all done or one failed.
   * Returns true when the state ended (or waits for a retry).
   */
  private boolean completeIfDone(Frame frame) {
    switch (frame.phase()) {
      case RETRY_WAIT -> {
        return true;
      }
      case FAILED -> {
        emitFailed(frame, frame.failure(), frame.childLastEventId());
        return true;
      }
      case CHILDREN -> {
        return completeChildren(frame);
      }
      default -> {
        return false;
      }
    }
  }

  private boolean completeChildren(Frame frame) {
    Inspector.MockedIterations mocked =
        frame.state() instanceof MapState ? stepper.mockedIterations(frame) : null;
    if (mocked != null && !distributed.awaitsTask(frame)) {
      completeMocked(frame, mocked);
      return true;
    }
    if (frame.state() instanceof MapState map && StateFields.isDistributed(map)) {
      return distributed.complete(frame);
    }
    Frame failedBranch = stepper.silentlyFailedChild(frame);
    if (failedBranch != null) {
      Failure failure = stepper.silentFailure(failedBranch);
      stepper.clearSilentFailure(failedBranch);
      emitFailed(frame, failure, failedBranch.lastEventId());
      return true;
    }
    boolean allStarted =
        frame.state() instanceof ParallelState || frame.nextItem() == frame.items.size();
    if (frame.running() > 0 || !allStarted) {
      return false;
    }
    succeed(frame);
    return true;
  }

  /**
   * Ends a Map state whose iterations a test mocks: with the mocked failure, or as its Map Run ends
   * (distributed), or with the mocked result.
   */
  private void completeMocked(Frame frame, Inspector.MockedIterations mocked) {
    if (mocked.failure() != null) {
      emitFailed(frame, mocked.failure(), frame.lastEventId());
    } else if (StateFields.isDistributed((MapState) frame.state())) {
      distributed.completeMocked(frame, mocked);
    } else {
      succeed(frame, mocked.result());
    }
  }

  /** Ends the state of {@code frame} with the results of all its children. */
  void succeed(Frame frame) {
    // A distributed Map with an ItemBatcher has fewer child executions than items.
    int count = frame.state() instanceof MapState ? frame.nextItem() : frame.results().length;
    ArrayNode results = JsonNodeFactory.instance.arrayNode(count);
    results.addAll(Arrays.asList(frame.results()).subList(0, count));
    succeed(frame, results);
  }

  /** Ends the state of {@code frame} with {@code result}. */
  void succeed(Frame frame, JsonNode result) {
    boolean map = frame.state() instanceof MapState;
    // AWS links both the Succeeded and the Exited event to the event just before them: the last
    // MapIterationSucceeded, the last event of the last branch, or MapRunSucceeded.
    long last = stepper.state().lastEventId();
    stepper.out.emit(
        map ? HistoryEventType.MAP_STATE_SUCCEEDED : HistoryEventType.PARALLEL_STATE_SUCCEEDED,
        EventDetails.None.INSTANCE,
        frame.id(),
        last);
    stepper.steps.finishWithResult(frame, result, last);
  }

  /**
   * The ItemReader or ResultWriter of a distributed Map returned {@code output}: the Map waits for
   * its items until it has them, then, once its Map Run succeeded, for its results to be written.
   */
  void mapRunTaskSucceeded(Frame frame, MapState map, JsonNode output) {
    if (frame.mapRunArn() != null) {
      distributed.resultsWritten(frame, output);
      return;
    }
    try {
      distributed.itemsRead(frame, map, output);
    } catch (DataFlowException e) {
      distributed.taskFailed(frame, map, Causes.ofState(e.failure(), frame));
      return;
    }
    completeIfDone(frame);
  }

  /** The ItemReader or ResultWriter of a distributed Map failed. */
  void mapRunTaskFailed(Frame frame, MapState map, Failure failure) {
    distributed.taskFailed(frame, map, failure);
  }

  /** Fails the Map or Parallel state of {@code frame}; the applier retries, catches or fails. */
  void emitFailed(Frame frame, Failure failure, long previousEventId) {
    boolean map = frame.state() instanceof MapState;
    stepper.out.emit(
        map ? HistoryEventType.MAP_STATE_FAILED : HistoryEventType.PARALLEL_STATE_FAILED,
        new EventDetails.StateFailed(failure),
        frame.id(),
        previousEventId);
  }
}
