package io.stepwise.service.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.Inspector;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.state.FailureTolerance;
import io.stepwise.runtime.ExecutionResult;
import java.util.Map;

/**
 * TestState's answer, read from the run of the tested machine: the tested state's output and next
 * state, or its error, and a status that says how it ended. AWS does not retry a tested state: a
 * state whose retrier would retry it once more, after the {@code retrierRetryCount} retries the
 * request says happened, is RETRIABLE. The run, which retries as an execution does, shows whether
 * that is so and, when it is not, how the state ends once its retriers gave up.
 */
final class TestOutcome {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TestOutcome() {}

  static ObjectNode render(ExecutionResult run, InspectionRecorder recorder, TestSettings test) {
    ObjectNode out = NODES.objectNode();
    ObjectNode errorDetails = NODES.objectNode();
    EventDetails.StateExited exit = exit(run, test.stateName());
    int retried = test.retrierRetryCount();
    if (recorder.retries().size() > retried) {
      InspectionRecorder.Retry retry = recorder.retries().get(retried);
      failure(out, recorder.worded(retry.failure()));
      errorDetails.put("retryBackoffIntervalSeconds", retry.delayMillis() / 1000);
      errorDetails.put("retryIndex", retry.retrierIndex());
      out.put("status", "RETRIABLE");
    } else if (recorder.caught() != null) {
      failure(out, recorder.worded(recorder.caught().failure()));
      errorDetails.put("catchIndex", recorder.caught().catcherIndex());
      succeeded(out, exit, "CAUGHT_ERROR");
    } else if (run.status() == ExecutionStatus.SUCCEEDED && exit != null) {
      succeeded(out, exit, "SUCCEEDED");
    } else {
      failure(out, recorder.worded(new Failure(run.error(), run.cause())));
      if (!recorder.retries().isEmpty()) {
        errorDetails.put("retryIndex", recorder.retries().getLast().retrierIndex());
      }
      out.put("status", "FAILED");
    }
    if (test.inspects()) {
      out.set("inspectionData", inspection(recorder, test, exit, errorDetails));
    }
    return out;
  }

  /** The details of the tested state's StateExited event, or {@code null} when it did not leave. */
  private static EventDetails.StateExited exit(ExecutionResult run, String stateName) {
    for (HistoryEvent event : run.history()) {
      if (event.thread() == 0
          && event.details() instanceof EventDetails.StateExited exited
          && exited.name().equals(stateName)) {
        return exited;
      }
    }
    return null;
  }

  private static void succeeded(ObjectNode out, EventDetails.StateExited exit, String status) {
    out.put("output", exit.output().toString());
    if (exit.next() != null) {
      out.put("nextState", TestedMachine.nextState(exit.next(), exit.name()));
    }
    out.put("status", status);
  }

  private static void failure(ObjectNode out, Failure failure) {
    if (failure.error() != null) {
      out.put("error", failure.error());
    }
    if (failure.cause() != null) {
      out.put("cause", failure.cause());
    }
  }

  private static ObjectNode inspection(
      InspectionRecorder recorder,
      TestSettings test,
      EventDetails.StateExited exit,
      ObjectNode errorDetails) {
    ObjectNode data = NODES.objectNode().put("input", test.input().toString());
    for (Map.Entry<Inspector.Stage, JsonNode> stage : recorder.stages().entrySet()) {
      data.put(stage.getKey().member(), stage.getValue().toString());
    }
    mapLimits(recorder, data);
    ObjectNode variables = test.variables().deepCopy();
    if (exit != null && exit.assignedVariables() != null) {
      exit.assignedVariables().forEach(variables::set);
    }
    if (!variables.isEmpty()) {
      data.put("variables", variables.toString());
    }
    if (!errorDetails.isEmpty()) {
      data.set("errorDetails", errorDetails);
    }
    return data;
  }

  /** The MaxConcurrency of a Map state, and the failures it tolerates when it sets them. */
  private static void mapLimits(InspectionRecorder recorder, ObjectNode data) {
    if (recorder.maxConcurrency() != null) {
      data.put("maxConcurrency", recorder.maxConcurrency().intValue());
    }
    FailureTolerance tolerance = recorder.tolerance();
    if (tolerance != null && tolerance.count() >= 0) {
      data.put("toleratedFailureCount", (int) tolerance.count());
    }
    if (tolerance != null && tolerance.percentage() >= 0) {
      data.put("toleratedFailurePercentage", tolerance.percentage());
    }
  }
}
