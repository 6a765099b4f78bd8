package io.stepwise.service.aliases;

import io.stepwise.service.api.OperationRegistry;
import io.stepwise.store.MachineStore;
import java.time.Clock;

/** Registers the operations on state machine aliases. */
public final class AliasOperations {

  private AliasOperations() {}

  public static void register(
      OperationRegistry.Builder registry, MachineStore machines, Clock clock) {
    registry
        .register("CreateStateMachineAlias", new CreateStateMachineAlias(machines, clock))
        .register("DescribeStateMachineAlias", new DescribeStateMachineAlias(machines))
        .register("UpdateStateMachineAlias", new UpdateStateMachineAlias(machines, clock))
        .register("DeleteStateMachineAlias", new DeleteStateMachineAlias(machines))
        .register("ListStateMachineAliases", new ListStateMachineAliases(machines));
  }
}
