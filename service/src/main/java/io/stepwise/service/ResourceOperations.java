package io.stepwise.service;

import io.stepwise.service.activities.ActivityOperations;
import io.stepwise.service.aliases.AliasOperations;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.service.machines.MachineOperations;
import io.stepwise.service.tags.TagOperations;
import io.stepwise.store.Store;
import java.time.Clock;

/**
 * Registers the operations on the resources that executions use: state machines with their versions
 * and aliases, activities and tags, and definition validation. The operations on executions
 * register beside these, on the same registry and store.
 */
public final class ResourceOperations {

  private ResourceOperations() {}

  public static OperationRegistry.Builder register(
      OperationRegistry.Builder registry, Store store, Clock clock) {
    MachineOperations.register(registry, store, clock);
    AliasOperations.register(registry, store.machines(), clock);
    ActivityOperations.register(registry, store, clock);
    TagOperations.register(registry, store);
    return registry;
  }
}
