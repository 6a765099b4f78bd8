package io.stepwise.store.memory;

import io.stepwise.store.DefinitionContract;
import io.stepwise.store.Store;

class InMemoryDefinitionsTest extends DefinitionContract {
  @Override
  protected Store openStore() {
    return new InMemoryStore();
  }
}
