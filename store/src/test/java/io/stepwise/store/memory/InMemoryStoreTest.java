package io.stepwise.store.memory;

import io.stepwise.store.Store;
import io.stepwise.store.StoreContract;

class InMemoryStoreTest extends StoreContract {
  @Override
  protected Store openStore() {
    return new InMemoryStore();
  }
}
