package io.stepwise.runtime;

/** A clock that moves only when told to, and never backwards. */
final class VirtualClock implements RuntimeClock {
  private long millis;

  VirtualClock(long startMillis) {
    this.millis = startMillis;
  }

  @Override
  public synchronized long millis() {
    return millis;
  }

  @Override
  public boolean isVirtual() {
    return true;
  }

  @Override
  public synchronized void advanceTo(long target) {
    millis = Math.max(millis, target);
  }
}
