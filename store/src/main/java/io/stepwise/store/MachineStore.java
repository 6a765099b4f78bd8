package io.stepwise.store;

import java.util.List;
import java.util.Optional;

/**
 * State machines, their published versions and their aliases.
 *
 * <p>Lifecycle of a machine: {@link #createMachine} stores it; {@link #updateMachine} replaces its
 * definition and configuration (the caller gives it a new revision id); {@link #publishVersion}
 * freezes its current form as a numbered version; aliases route to versions; {@link #deleteMachine}
 * removes it with its versions, aliases and their tags. Executions are kept.
 *
 * <p>Every write is durable when the method returns, and atomic: of two concurrent creations of the
 * same ARN exactly one succeeds.
 */
public interface MachineStore {

  /** Stores a new machine; {@code false} if a machine with its ARN exists already. */
  boolean createMachine(StateMachineRecord machine);

  /** Replaces the stored machine with the same ARN; {@code false} if there is none. */
  boolean updateMachine(StateMachineRecord machine);

  /** Removes a machine with its versions, aliases and tags; {@code false} if there is none. */
  boolean deleteMachine(String arn);

  Optional<StateMachineRecord> machine(String arn);

  /**
   * The definition text of a revision that the machine has had. Every revision stored by {@link
   * #createMachine} or {@link #updateMachine} is kept, even after the machine is updated again or
   * deleted, since executions started with it may still run.
   */
  Optional<String> definition(String stateMachineArn, String revisionId);

  /** A page of the machines whose ARNs start with {@code arnPrefix}, oldest first. */
  Page<StateMachineRecord> machines(String arnPrefix, int limit, String cursor);

  /**
   * Publishes the machine's current form as its next version: numbers go up by one from 1 and are
   * never reused, even after a version is deleted. Empty if there is no such machine.
   */
  Optional<VersionRecord> publishVersion(String stateMachineArn, String description, long now);

  Optional<VersionRecord> version(String versionArn);

  /** A page of a machine's versions, newest first. */
  Page<VersionRecord> versions(String stateMachineArn, int limit, String cursor);

  /** Removes a version and its tags; {@code false} if there is none. */
  boolean deleteVersion(String versionArn);

  /** Stores a new alias; {@code false} if an alias with its ARN exists already. */
  boolean createAlias(AliasRecord alias);

  /** Replaces the stored alias with the same ARN; {@code false} if there is none. */
  boolean updateAlias(AliasRecord alias);

  /** Removes an alias and its tags; {@code false} if there is none. */
  boolean deleteAlias(String aliasArn);

  Optional<AliasRecord> alias(String aliasArn);

  /** Every alias of a machine, oldest first. */
  List<AliasRecord> aliases(String stateMachineArn);
}
