package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.ExecutionIdentity;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.runtime.durable.StartOutcome;
import io.stepwise.runtime.durable.StartRequest;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.arn.ExpressExecutionArn;
import io.stepwise.service.arn.StateMachineArn;
import io.stepwise.service.name.RandomUuids;
import io.stepwise.service.name.ResourceNames;
import io.stepwise.service.shape.Inputs;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.MachineStore;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StateMachineType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The part that StartExecution and StartSyncExecution share: resolve the machine (by its ARN, a
 * version's or an alias's), check the name and the input, and hand the execution to the runtime.
 *
 * <p>As in Step Functions Local, {@code <stateMachineArn>#<TestCase>} starts an execution whose
 * Task states answer from the mocked responses of that test case of the mock configuration.
 */
final class Starter {
  private final MachineStore machines;
  private final DurableRuntime runtime;

  Starter(MachineStore machines, DurableRuntime runtime) {
    this.machines = machines;
    this.runtime = runtime;
  }

  /**
   * What a request resolved to, before it starts.
   *
   * @param testCase the test case the execution runs with, or {@code null}
   */
  record Checked(Target target, String name, JsonNode input, String testCase) {}

  ApiResult<Checked> check(ObjectNode request) {
    String text = Inputs.required(request, "stateMachineArn");
    int hash = text.indexOf('#');
    String arn = hash < 0 ? text : text.substring(0, hash);
    String testCase = hash < 0 ? null : text.substring(hash + 1);
    String name = Inputs.text(request, "name").orElseGet(RandomUuids::next);
    return Target.resolve(machines, arn, () -> ThreadLocalRandom.current().nextInt(100))
        .then(target -> checkTestCase(target, testCase))
        .then(
            target ->
                ResourceNames.check(name)
                    .map(error -> error.<Checked>asResult())
                    .orElseGet(
                        () ->
                            ExecutionInputs.read(Inputs.text(request, "input").orElse("{}"))
                                .map(input -> new Checked(target, name, input, testCase))));
  }

  /** The target, when the test case is absent or one of the machine's in the mock configuration. */
  private ApiResult<Target> checkTestCase(Target target, String testCase) {
    if (testCase == null || runtime.mocks().testCase(target.arn().name(), testCase).isPresent()) {
      return ApiResult.ok(target);
    }
    return ExecutionErrors.noSuchTestCase(target.arn().name(), testCase).asResult();
  }

  /**
   * Starts a checked execution. A Standard execution whose name is taken by a running execution
   * with the same input is AWS's idempotent repeat: the answer is that execution.
   */
  ApiResult<StartOutcome.Started> start(Checked checked) {
    return settle(launch(checked), checked.input());
  }

  /** Hands a checked execution to the runtime, which may find its name taken. */
  StartOutcome launch(Checked checked) {
    return runtime.start(request(checked));
  }

  /** What StartExecution answers for {@code outcome}: its execution, or an idempotent repeat. */
  ApiResult<StartOutcome.Started> settle(StartOutcome outcome, JsonNode input) {
    return switch (outcome) {
      case StartOutcome.Started started -> ApiResult.ok(started);
      case StartOutcome.NameTaken taken -> repeated(taken.existing(), input);
    };
  }

  private ApiResult<StartOutcome.Started> repeated(ExecutionRecord existing, JsonNode input) {
    boolean same =
        existing.status() == ExecutionStatus.RUNNING && existing.input().equals(input.toString());
    if (!same) {
      return ExecutionErrors.alreadyExists(existing.arn()).asResult();
    }
    CompletableFuture<ExecutionRecord> completion =
        runtime
            .completion(existing.arn())
            .orElseGet(() -> CompletableFuture.completedFuture(existing));
    return ApiResult.ok(new StartOutcome.Started(existing, completion));
  }

  private static StartRequest request(Checked checked) {
    Target target = checked.target();
    StateMachineRecord machine = target.machine();
    return new StartRequest(
        identity(target.arn(), machine, checked.name()),
        machine.revisionId(),
        machine.definition(),
        machine.type(),
        target.versionArn(),
        target.aliasArn(),
        checked.input(),
        checked.testCase());
  }

  private static ExecutionIdentity identity(
      StateMachineArn arn, StateMachineRecord machine, String name) {
    String executionArn =
        machine.type() == StateMachineType.EXPRESS
            ? new ExpressExecutionArn(arn.scope(), arn.name(), name, RandomUuids.next()).toString()
            : arn.execution(name).toString();
    return new ExecutionIdentity(
        executionArn, name, arn.toString(), arn.name(), machine.roleArn(), arn.scope().region());
  }
}
