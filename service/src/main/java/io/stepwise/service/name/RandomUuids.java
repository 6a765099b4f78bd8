package io.stepwise.service.name;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Version 4 UUIDs for names and request ids that must be unique but need not be unguessable: an
 * execution's default name, an Express execution's id, a request id. {@link UUID#randomUUID} draws
 * from the shared {@code SecureRandom}, which reads the operating system's source under a lock on
 * every call; these come from the calling thread's own generator. Task tokens, which grant the
 * right to end a task, do not use this.
 */
public final class RandomUuids {
  private RandomUuids() {}

  /** A new random UUID in its canonical text form. */
  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0x3L << 62)) | (0x2L << 62);
    return new UUID(high, low).toString();
  }
}
