package io.stepwise.tasks.functions;

import java.util.List;
import java.util.Optional;

/**
 * The functions that can be invoked, by name. The in-memory registry serves tests and the CLI; a
 * store-backed one keeps functions across restarts.
 */
public interface FunctionRegistry {

  /** Adds {@code function}, or replaces the one of the same name. */
  void put(FunctionConfiguration function);

  Optional<FunctionConfiguration> find(String name);

  /** Removes the function of {@code name}; returns whether there was one. */
  boolean remove(String name);

  /** Every function, sorted by name. */
  List<FunctionConfiguration> list();
}
