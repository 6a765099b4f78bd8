package io.stepwise.service.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiOperation;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.api.RequestContext;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.MapRunArn;
import io.stepwise.service.arn.StateMachineAliasArn;
import io.stepwise.service.arn.StateMachineArn;
import io.stepwise.service.arn.StateMachineVersionArn;
import io.stepwise.service.arn.StatesArn;
import io.stepwise.service.shape.Errors;
import io.stepwise.service.shape.Inputs;
import io.stepwise.service.shape.PageRequest;
import io.stepwise.service.shape.Pages;
import io.stepwise.store.ExecutionQuery;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.MachineStore;
import io.stepwise.store.Page;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StateMachineType;
import io.stepwise.store.Store;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * ListExecutions of a machine, of one of its versions or aliases, or of a Map Run (its child
 * executions, which {@link MapRunExecutionListing} lists); newest first, optionally with one status
 * and only those that were redriven or not. Express machines keep no executions to list, as on AWS.
 */
final class ListExecutions implements ApiOperation {
  private static final String LISTING = "executions";

  private final Store store;
  private final MapRunExecutionListing mapRuns;

  ListExecutions(Store store, MapRunExecutions mapRuns) {
    this.store = store;
    this.mapRuns = new MapRunExecutionListing(mapRuns);
  }

  /** The machine and qualifier (version or alias ARN) or Map Run whose executions to list. */
  private record Scope(String machineArn, String qualifierArn, String mapRunArn) {}

  @Override
  public ApiResult<JsonNode> handle(RequestContext context, ObjectNode input) {
    Optional<String> status = Inputs.text(input, "statusFilter");
    Boolean redriven = Inputs.text(input, "redriveFilter").map("REDRIVEN"::equals).orElse(null);
    return scope(input)
        .then(
            scope ->
                PageRequest.of(input, LISTING)
                    .then(
                        page ->
                            scope.mapRunArn() == null
                                ? ApiResult.ok(list(query(scope, status, redriven, page), status))
                                : mapRunListing(scope.mapRunArn(), status, redriven, page)));
  }

  /** The child executions of a Map Run; none for a status that none has (PENDING_REDRIVE). */
  private ApiResult<JsonNode> mapRunListing(
      String mapRunArn, Optional<String> status, Boolean redriven, PageRequest page) {
    ExecutionStatus wanted = status.map(ListExecutions::status).orElse(null);
    if (status.isPresent() && wanted == null) {
      return ApiResult.ok(
          Pages.output(LISTING, new Page<>(List.of(), null), ExecutionJson::listItem));
    }
    return mapRuns.list(mapRunArn, wanted, redriven, page);
  }

  private static ExecutionQuery query(
      Scope scope, Optional<String> status, Boolean redriven, PageRequest page) {
    return new ExecutionQuery(
        scope.machineArn(),
        scope.qualifierArn(),
        status.map(ListExecutions::status).orElse(null),
        null,
        page.limit(),
        page.cursor().orElse(null),
        redriven);
  }

  private JsonNode list(ExecutionQuery query, Optional<String> status) {
    // PENDING_REDRIVE is a status filter of AWS that no stored execution has yet.
    boolean none = status.isPresent() && query.status() == null;
    Page<ExecutionRecord> page =
        none ? new Page<>(List.of(), null) : store.executions().executions(query);
    return Pages.output(LISTING, page, ExecutionJson::listItem);
  }

  private static ExecutionStatus status(String text) {
    return Arrays.stream(ExecutionStatus.values())
        .filter(s -> s.name().equals(text))
        .findFirst()
        .orElse(null);
  }

  private ApiResult<Scope> scope(ObjectNode input) {
    Optional<String> machine = Inputs.text(input, "stateMachineArn");
    Optional<String> mapRun = Inputs.text(input, "mapRunArn");
    if (machine.isPresent() == mapRun.isPresent()) {
      return ApiError.validation("Must provide a StateMachine ARN or MapRun ARN").asResult();
    }
    if (mapRun.isPresent()) {
      return ArnParser.parse(mapRun.get(), MapRunArn.class)
          .map(arn -> new Scope(null, null, mapRun.get()));
    }
    String text = machine.get();
    return ArnParser.parse(text, Target.STARTABLE).then(arn -> scopeOf(arn, text));
  }

  private ApiResult<Scope> scopeOf(StatesArn arn, String text) {
    MachineStore machines = store.machines();
    Optional<Scope> scope =
        switch (arn) {
          case StateMachineArn m -> machines.machine(text).map(r -> standard(r, text, null));
          case StateMachineVersionArn v ->
              machines.version(text).map(r -> standard(r.snapshot(), r.stateMachineArn(), text));
          case StateMachineAliasArn a ->
              machines
                  .alias(text)
                  .flatMap(alias -> machines.machine(alias.stateMachineArn()))
                  .map(r -> standard(r, r.arn(), text));
          default -> throw new IllegalStateException("Expected a machine ARN: " + arn);
        };
    if (scope.isEmpty()) {
      return Errors.machineDoesNotExist(text).asResult();
    }
    return scope.get().machineArn() == null
        ? ExecutionErrors.typeNotSupported().asResult()
        : ApiResult.ok(scope.get());
  }

  /** The scope of a Standard machine; an Express machine gets a scope without a machine. */
  private static Scope standard(StateMachineRecord machine, String machineArn, String qualifier) {
    return machine.type() == StateMachineType.EXPRESS
        ? new Scope(null, null, null)
        : new Scope(machineArn, qualifier, null);
  }
}
