package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.runtime.durable.StartOutcome;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.redrive.RedriveEligibility;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.ExecutionStore;
import io.stepwise.tasks.executions.ChildExecutions;
import io.stepwise.tasks.executions.ChildStart;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The executions that Task states start ({@code states:startExecution}), through the same checks
 * and start as StartExecution, and watched and stopped as DescribeExecution and StopExecution see
 * them.
 */
final class ChildStarter implements ChildExecutions {
  private static final long RECHECK_MILLIS = 200;

  private final Starter starter;
  private final ExecutionStore executions;
  private final DurableRuntime runtime;

  ChildStarter(Starter starter, ExecutionStore executions, DurableRuntime runtime) {
    this.starter = starter;
    this.executions = executions;
    this.runtime = runtime;
  }

  @Override
  public ChildStart start(String stateMachineArn, String name, String input, boolean ownName) {
    ObjectNode request =
        JsonNodeFactory.instance
            .objectNode()
            .put("stateMachineArn", stateMachineArn)
            .put("name", name)
            .put("input", input);
    return switch (starter.check(request)) {
      case ApiResult.Err<Starter.Checked> err -> refused(err.error());
      case ApiResult.Ok<Starter.Checked> ok -> launch(ok.value(), ownName);
    };
  }

  private ChildStart launch(Starter.Checked checked, boolean ownName) {
    StartOutcome outcome = starter.launch(checked);
    if (ownName && outcome instanceof StartOutcome.NameTaken taken) {
      String arn = taken.existing().arn();
      return new ChildStart.Started(arn, taken.existing().startDate(), true, ended(arn));
    }
    return switch (starter.settle(outcome, checked.input())) {
      case ApiResult.Ok<StartOutcome.Started> ok -> started(ok.value());
      case ApiResult.Err<StartOutcome.Started> err -> refused(err.error());
    };
  }

  private static ChildStart refused(ApiError error) {
    return new ChildStart.Refused(error.type(), error.message());
  }

  /**
   * A started execution, which ends with its completion (an Express execution, which the store does
   * not keep, may end before anyone asks).
   */
  private ChildStart started(StartOutcome.Started started) {
    ExecutionRecord row = started.execution();
    return new ChildStart.Started(
        row.arn(), row.startDate(), false, started.completion().thenApply(this::described));
  }

  /**
   * The final answer of an execution started before. One that is RUNNING in the store but not in
   * the runtime is being rebuilt after a failed commit; it is looked for again shortly.
   */
  private CompletionStage<ObjectNode> ended(String executionArn) {
    return runtime
        .completion(executionArn)
        .<CompletionStage<ObjectNode>>map(done -> done.thenApply(this::described))
        .orElseGet(() -> storedEnd(executionArn));
  }

  private CompletionStage<ObjectNode> storedEnd(String executionArn) {
    ExecutionRecord row = executions.execution(executionArn).orElseThrow();
    if (row.status() != ExecutionStatus.RUNNING) {
      return CompletableFuture.completedFuture(described(row));
    }
    return CompletableFuture.supplyAsync(
            () -> executionArn,
            CompletableFuture.delayedExecutor(RECHECK_MILLIS, TimeUnit.MILLISECONDS))
        .thenCompose(this::ended);
  }

  @Override
  public void stop(String executionArn) {
    runtime.stop(executionArn, null, null);
  }

  /**
   * DescribeExecution's answer for an ended child, as the parent's task gets it: taken when the
   * child ended, so its redrive status is the one it had then.
   */
  private ObjectNode described(ExecutionRecord row) {
    long at = row.stopDate() == null ? row.startDate() : row.stopDate();
    return ExecutionJson.describe(row, RedriveEligibility.reasonAgainst(executions, row, at));
  }
}
