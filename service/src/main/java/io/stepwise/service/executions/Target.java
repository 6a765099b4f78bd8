package io.stepwise.service.executions;

import io.stepwise.service.api.ApiResult;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.ArnType;
import io.stepwise.service.arn.StateMachineAliasArn;
import io.stepwise.service.arn.StateMachineArn;
import io.stepwise.service.arn.StateMachineVersionArn;
import io.stepwise.service.shape.Errors;
import io.stepwise.store.AliasRecord;
import io.stepwise.store.AliasRoute;
import io.stepwise.store.MachineStore;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.VersionRecord;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * What a start request runs: the machine (or the snapshot of the version it names), and the version
 * and alias it came through. An alias picks one of its versions by weight, as AWS routes them.
 *
 * @param machine the machine's current form, or the version's snapshot
 * @param arn the unqualified ARN of the machine
 * @param versionArn the version the execution runs, or {@code null}
 * @param aliasArn the alias the request named, or {@code null}
 */
record Target(StateMachineRecord machine, StateMachineArn arn, String versionArn, String aliasArn) {

  static final Set<ArnType> STARTABLE =
      Set.of(ArnType.STATE_MACHINE, ArnType.STATE_MACHINE_VERSION, ArnType.STATE_MACHINE_ALIAS);

  /**
   * Resolves the ARN of a start request.
   *
   * @param percent gives a number in [0, 100) for the weighted choice of an alias's version
   */
  static ApiResult<Target> resolve(MachineStore machines, String text, IntSupplier percent) {
    return ArnParser.parse(text, STARTABLE)
        .then(
            arn ->
                switch (arn) {
                  case StateMachineArn machine ->
                      found(
                          machines.machine(text).map(m -> new Target(m, machine, null, null)),
                          text);
                  case StateMachineVersionArn version ->
                      found(
                          machines.version(text).map(v -> of(v, version.stateMachine(), null)),
                          text);
                  case StateMachineAliasArn alias ->
                      found(
                          machines
                              .alias(text)
                              .flatMap(a -> machines.version(route(a, percent.getAsInt())))
                              .map(v -> of(v, alias.stateMachine(), text)),
                          text);
                  default -> throw new IllegalStateException("Expected a startable ARN: " + arn);
                });
  }

  private static Target of(VersionRecord version, StateMachineArn machine, String aliasArn) {
    return new Target(version.snapshot(), machine, version.arn(), aliasArn);
  }

  private static String route(AliasRecord alias, int percent) {
    int threshold = 0;
    for (AliasRoute route : alias.routing()) {
      threshold += route.weight();
      if (percent < threshold) {
        return route.versionArn();
      }
    }
    return alias.routing().getLast().versionArn();
  }

  private static ApiResult<Target> found(Optional<Target> target, String text) {
    return target.map(ApiResult::ok).orElseGet(() -> Errors.machineDoesNotExist(text).asResult());
  }
}
