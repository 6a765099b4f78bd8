package io.stepwise.service.aliases;

import io.stepwise.service.api.ApiResult;
import io.stepwise.service.arn.ArnParser;
import io.stepwise.service.arn.StateMachineAliasArn;
import io.stepwise.service.shape.Errors;
import io.stepwise.store.AliasRecord;
import io.stepwise.store.MachineStore;

/** Finds the alias a request names; AWS does not name it when it does not exist. */
final class AliasLookup {

  private AliasLookup() {}

  static ApiResult<AliasRecord> alias(MachineStore machines, String arnText) {
    return ArnParser.parse(arnText, StateMachineAliasArn.class)
        .then(
            arn ->
                machines
                    .alias(arn.toString())
                    .map(ApiResult::ok)
                    .orElseGet(() -> Errors.aliasNotFound().asResult()));
  }
}
