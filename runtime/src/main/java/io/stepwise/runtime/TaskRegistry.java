package io.stepwise.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The invokers that Task states reach, by Resource ARN, and for resources that cannot be listed in
 * advance (every function of a remote Lambda endpoint), by the prefix of their ARN.
 */
public final class TaskRegistry {
  private final Map<String, TaskInvoker> invokers = new ConcurrentHashMap<>();
  private final Map<String, TaskInvoker> byPrefix = new ConcurrentHashMap<>();

  /** Registers (or replaces) the invoker of {@code resource}; returns this registry. */
  public TaskRegistry register(String resource, TaskInvoker invoker) {
    invokers.put(resource, invoker);
    return this;
  }

  /**
   * Registers the invoker of every resource whose ARN starts with {@code prefix} and that has no
   * invoker of its own; returns this registry.
   */
  public TaskRegistry registerPrefix(String prefix, TaskInvoker invoker) {
    byPrefix.put(prefix, invoker);
    return this;
  }

  /**
   * The invoker of {@code resource}, or {@code null} when none is registered: its own first, then
   * that of the longest registered prefix it starts with.
   */
  public TaskInvoker invoker(String resource) {
    TaskInvoker own = invokers.get(resource);
    if (own != null || byPrefix.isEmpty()) {
      return own;
    }
    String longest = null;
    for (String prefix : byPrefix.keySet()) {
      if (resource.startsWith(prefix) && (longest == null || prefix.length() > longest.length())) {
        longest = prefix;
      }
    }
    return longest == null ? null : byPrefix.get(longest);
  }
}
