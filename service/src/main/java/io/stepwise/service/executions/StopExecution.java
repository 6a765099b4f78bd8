package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.Timestamps;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * StopExecution: a running execution ends as ABORTED with the request's error and cause, and the
 * answer carries its stop date once that step is committed. An execution that has already ended
 * keeps its status; the answer carries its stop date.
 */
final class StopExecution implements ApiOperation {
  private static final int ATTEMPTS = 100;
  private static final long RETRY_MILLIS = 20;

  private final ExecutionStore executions;
  private final DurableRuntime runtime;

  StopExecution(ExecutionStore executions, DurableRuntime runtime) {
    this.executions = executions;
    this.runtime = runtime;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    String arn = Inputs.required(input, "executionArn");
    String error = Inputs.text(input, "error").orElse(null);
    String cause = Inputs.text(input, "cause").orElse(null);
    return ExecutionLookup.execution(executions, arn).map(row -> stop(row, error, cause));
  }

  private JsonNode stop(ExecutionRecord row, String error, String cause) {
    ExecutionRecord stopped = row;
    // A running execution is briefly out of the runtime while a failed commit is retried.
    for (int attempt = 0; stopped.status() == ExecutionStatus.RUNNING; attempt++) {
      Optional<CompletableFuture<ExecutionRecord>> done = runtime.stop(row.arn(), error, cause);
      if (done.isPresent()) {
        stopped = done.get().join();
      } else if (attempt < ATTEMPTS) {
        pause();
        stopped = executions.execution(row.arn()).orElseThrow();
      } else {
        throw new IllegalStateException("Expected " + row.arn() + " to run, but it is not here");
      }
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    return out.set("stopDate", Timestamps.epochSeconds(stopped.stopDate()));
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Expected to wait for an execution, but was interrupted", e);
    }
  }
}
