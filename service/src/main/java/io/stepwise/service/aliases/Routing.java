package io.stepwise.service.aliases;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.service.api.ApiError;
import io.stepwise.service.api.ApiResult;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.StateMachineArn;
import io.stepwise.service.arn.StateMachineVersionArn;
import io.stepwise.service.arn.StatesArn;
import io.stepwise.service.shape.Errors;
import io.stepwise.store.AliasRoute;
import io.stepwise.store.MachineStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * An alias's {@code routingConfiguration}, checked as AWS checks it: every ARN a version ARN, the
 * versions distinct and of one machine, the weights summing to 100, and the versions existing. (The
 * model already limits the list to 1-2 entries and each weight to 0-100.)
 *
 * @param machine the machine whose versions the routes name
 */
record Routing(StateMachineArn machine, List<AliasRoute> routes) {

  private static final int TOTAL_WEIGHT = 100;

  static ApiResult<Routing> read(JsonNode configuration, MachineStore machines) {
    List<String> arns = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    for (JsonNode route : configuration) {
      arns.add(route.path("stateMachineVersionArn").asText());
      weights.add(route.path("weight").asInt());
    }
    List<StateMachineVersionArn> versions = new ArrayList<>();
    for (String arn : arns) {
      switch (ArnParser.parse(arn)) {
        case ApiResult.Ok<StatesArn>(StateMachineVersionArn version) -> versions.add(version);
        case ApiResult.Ok<StatesArn> other -> {
          return invalid("Routing configuration must contain state machine version ARNs", arns);
        }
        case ApiResult.Err<StatesArn> err -> {
          return err.error().asResult();
        }
      }
    }
    return checked(versions, arns, weights, machines);
  }

  private static ApiResult<Routing> checked(
      List<StateMachineVersionArn> versions,
      List<String> arns,
      List<Integer> weights,
      MachineStore machines) {
    if (new HashSet<>(arns).size() != arns.size()) {
      return invalid(
          "Routing configuration must contain distinct state machine version ARNs", arns);
    }
    StateMachineArn machine = versions.get(0).stateMachine();
    if (versions.stream().anyMatch(v -> !v.stateMachine().equals(machine))) {
      return invalid(
          "Routing configuration must contain state machine version ARNs of the same state machine",
          arns);
    }
    if (weights.stream().mapToInt(Integer::intValue).sum() != TOTAL_WEIGHT) {
      return ApiError.validation(
              "Sum of routing configuration weights must equal 100. Received: " + weights)
          .asResult();
    }
    List<AliasRoute> routes = new ArrayList<>();
    for (int i = 0; i < arns.size(); i++) {
      if (machines.version(arns.get(i)).isEmpty()) {
        return Errors.resourceNotFound(arns.get(i)).asResult();
      }
      routes.add(new AliasRoute(arns.get(i), weights.get(i)));
    }
    return ApiResult.ok(new Routing(machine, routes));
  }

  private static ApiResult<Routing> invalid(String rule, List<String> arns) {
    return ApiError.validation(rule + ". Received: " + arns).asResult();
  }
}
