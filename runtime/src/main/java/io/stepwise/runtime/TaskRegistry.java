package io.stepwise.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The invokers that Task states reach, by Resource ARN. */
public final class TaskRegistry {
  private final Map<String, TaskInvoker> invokers = new ConcurrentHashMap<>();

  /** Registers (or replaces) the invoker of {@code resource}; returns this registry. */
  public TaskRegistry register(String resource, TaskInvoker invoker) {
    invokers.put(resource, invoker);
    return this;
  }

  /** The invoker of {@code resource}, or {@code null} when none is registered. */
  public TaskInvoker invoker(String resource) {
    return invokers.get(resource);
  }
}
