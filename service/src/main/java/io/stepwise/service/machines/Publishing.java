package io.stepwise.service.machines;

import io.stepwise.store.MachineStore;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.VersionRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes a machine's current revision as a version. Publishing is idempotent, as on AWS: when
 * the newest version already holds the current revision with the same description, that version is
 * the answer.
 */
final class Publishing {

  private Publishing() {}

  static Optional<VersionRecord> publish(
      MachineStore machines, StateMachineRecord machine, String description, long now) {
    Optional<VersionRecord> newest =
        machines.versions(machine.arn(), 1, null).items().stream().findFirst();
    if (newest.isPresent()
        && newest.get().snapshot().revisionId().equals(machine.revisionId())
        && Objects.equals(newest.get().description(), description)) {
      return newest;
    }
    return machines.publishVersion(machine.arn(), description, now);
  }
}
