package io.stepwise.service.machines;

import io.stepwise.service.api.OperationRegistry;
import io.stepwise.store.Store;
import java.time.Clock;

/** Registers the operations on state machines and their versions, and definition validation. */
public final class MachineOperations {

  private MachineOperations() {}

  public static void register(OperationRegistry.Builder registry, Store store, Clock clock) {
    registry
        .register("CreateStateMachine", new CreateStateMachine(store, clock))
        .register("DescribeStateMachine", new DescribeStateMachine(store.machines()))
        .register("UpdateStateMachine", new UpdateStateMachine(store.machines(), clock))
        .register("DeleteStateMachine", new DeleteStateMachine(store.machines()))
        .register("ListStateMachines", new ListStateMachines(store.machines()))
        .register(
            "PublishStateMachineVersion", new PublishStateMachineVersion(store.machines(), clock))
        .register("ListStateMachineVersions", new ListStateMachineVersions(store.machines()))
        .register("DeleteStateMachineVersion", new DeleteStateMachineVersion(store.machines()))
        .register("ValidateStateMachineDefinition", new ValidateStateMachineDefinition());
  }
}
