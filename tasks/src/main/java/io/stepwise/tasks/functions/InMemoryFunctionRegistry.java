package io.stepwise.tasks.functions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Functions held in memory for the life of the process. */
public final class InMemoryFunctionRegistry implements FunctionRegistry {
  private final Map<String, FunctionConfiguration> functions = new ConcurrentHashMap<>();

  @Override
  public void put(FunctionConfiguration function) {
    functions.put(function.name(), function);
  }

  @Override
  public Optional<FunctionConfiguration> find(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  @Override
  public boolean remove(String name) {
    return functions.remove(name) != null;
  }

  @Override
  public List<FunctionConfiguration> list() {
    return functions.values().stream()
        .sorted(Comparator.comparing(FunctionConfiguration::name))
        .toList();
  }
}
