package io.stepwise.store;

/**
 * The durable state of Stepwise: state machines with their versions and aliases, activities, tags,
 * and executions with their history, timers and pending tasks.
 *
 * <p>Lifecycle: an implementation is opened by its constructor or factory, which prepares the
 * storage (for a database, migrates its schema to the current version); then any thread may call
 * any method of it and of its parts, concurrently; {@link #close()} waits for the commits already
 * submitted to finish and releases the storage. After {@code close} the store must not be used.
 *
 * <p>Every implementation passes the contract test suites {@code StoreContract} (executions) and
 * {@code DefinitionContract} (machines, versions, aliases, activities, tags) of this module's test
 * jar.
 */
public interface Store extends AutoCloseable {

  /** State machines, their versions and their aliases. */
  MachineStore machines();

  /** Activities. */
  ActivityStore activities();

  /** Tags of any resource. */
  TagStore tags();

  /** Executions, their history, timers and pending tasks. */
  ExecutionStore executions();

  /** Finishes the commits already submitted and releases the storage. */
  @Override
  void close();
}
