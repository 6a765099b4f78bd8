package io.stepwise.store.memory;

import io.stepwise.store.ActivityStore;
import io.stepwise.store.ExecutionStore;
import io.stepwise.store.MachineStore;
import io.stepwise.store.Store;
import io.stepwise.store.TagStore;

/**
 * A store in memory, for tests, the CLI and Express executions: nothing survives the process.
 * Commits complete at once. One lock guards all parts, so that a deletion that spans parts (a
 * machine and its tags) is atomic.
 */
public final class InMemoryStore implements Store {
  private final InMemoryTags tags;
  private final InMemoryMachines machines;
  private final InMemoryActivities activities;
  private final InMemoryExecutions executions;

  public InMemoryStore() {
    Object lock = new Object();
    tags = new InMemoryTags(lock);
    machines = new InMemoryMachines(lock, tags);
    activities = new InMemoryActivities(lock, tags);
    executions = new InMemoryExecutions(lock);
  }

  @Override
  public MachineStore machines() {
    return machines;
  }

  @Override
  public ActivityStore activities() {
    return activities;
  }

  @Override
  public TagStore tags() {
    return tags;
  }

  @Override
  public ExecutionStore executions() {
    return executions;
  }

  /** Nothing to release: the store lives as long as it is referenced. */
  @Override
  public void close() {}
}
