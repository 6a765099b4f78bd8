package io.stepwise.runtime;

/** The wall clock. */
enum SystemClock implements RuntimeClock {
  INSTANCE;

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }

  @Override
  public boolean isVirtual() {
    return false;
  }

  @Override
  public void advanceTo(long millis) {}
}
