package io.stepwise.runtime.durable;

import io.stepwise.store.Store;
import io.stepwise.store.memory.InMemoryStore;

class InMemoryDurableRuntimeTest extends DurableRuntimeContract {

  @Override
  Store openStore() {
    return new InMemoryStore();
  }
}
