package io.stepwise.service.machines;

import io.stepwise.store.StateMachineRecord;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Revision ids of state machines. AWS shows a machine's {@code revisionId} only once it has been
 * updated, so the first revision is a name-based UUID (version 3) made from the machine's identity,
 * and every update gets a random one (version 4): the UUID's version tells whether the machine was
 * ever updated without a column for it.
 */
final class Revisions {

  private static final int RANDOM_UUID_VERSION = 4;

  private Revisions() {}

  static String initial(String arn, long creationDate, String definition) {
    String identity = arn + '\n' + creationDate + '\n' + definition;
    return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String next() {
    return UUID.randomUUID().toString();
  }

  static boolean wasUpdated(StateMachineRecord machine) {
    return UUID.fromString(machine.revisionId()).version() == RANDOM_UUID_VERSION;
  }
}
