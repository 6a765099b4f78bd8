package io.stepwise.service.redrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.ArnType;
import io.stepwise.service.executions.ExecutionLookup;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.Timestamps;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * RedriveExecution: an ended Standard execution that did not succeed runs again from where it
 * failed, and the answer carries the redrive's date. A request that repeats the clientToken of the
 * execution's latest redrive gets that redrive's date again, and redrives nothing.
 */
public final class RedriveExecution implements ApiOperation {
  private static final String EXPRESS_MESSAGE =
      "This API action is not supported by EXPRESS state machines";

  private final ExecutionStore executions;
  private final DurableRuntime runtime;

  public RedriveExecution(ExecutionStore executions, DurableRuntime runtime) {
    this.executions = executions;
    this.runtime = runtime;
  }

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    String arn = Inputs.required(input, "executionArn");
    String clientToken = Inputs.text(input, "clientToken").orElse(null);
    return ArnParser.parse(arn, Set.of(ArnType.EXECUTION, ArnType.EXPRESS_EXECUTION))
        .then(
            parsed ->
                parsed.type() == ArnType.EXPRESS_EXECUTION
                    ? notRedrivable(EXPRESS_MESSAGE)
                    : ExecutionLookup.execution(executions, arn))
        .then(row -> redrive(row, clientToken))
        .map(RedriveExecution::output);
  }

  private ApiResult<ExecutionRecord> redrive(ExecutionRecord row, String clientToken) {
    if (clientToken != null && clientToken.equals(latestClientToken(row.arn()))) {
      return ApiResult.ok(row);
    }
    Optional<String> reason = RedriveEligibility.reasonAgainst(executions, row, runtime.now());
    if (reason.isPresent()) {
      return notRedrivable(reason.get());
    }
    // Empty when another request redrove it first: it runs, and this one cannot redrive it.
    return runtime
        .redrive(row, clientToken)
        .map(ApiResult::ok)
        .orElseGet(() -> notRedrivable("Execution is RUNNING and cannot be redriven"));
  }

  /** The clientToken of the execution's latest redrive, or {@code null}. */
  private String latestClientToken(String arn) {
    List<HistoryEvent> history = executions.history(arn);
    for (HistoryEvent event : history.reversed()) {
      if (event.details() instanceof EventDetails.ExecutionRedriven redriven) {
        return redriven.clientToken();
      }
    }
    return null;
  }

  private static <T> ApiResult<T> notRedrivable(String message) {
    return ApiError.of("ExecutionNotRedrivable", message).asResult();
  }

  private static JsonNode output(ExecutionRecord row) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    return out.set("redriveDate", Timestamps.epochSeconds(row.redriveDate()));
  }
}
