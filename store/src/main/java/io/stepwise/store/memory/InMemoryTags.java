package io.stepwise.store.memory;

import io.stepwise.store.TagStore;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Tags in memory. */
final class InMemoryTags implements TagStore {
  private final Object lock;
  private final Map<String, SortedMap<String, String>> byResource = new HashMap<>();

  InMemoryTags(Object lock) {
    this.lock = lock;
  }

  @Override
  public SortedMap<String, String> tags(String resourceArn) {
    synchronized (lock) {
      SortedMap<String, String> tags = byResource.get(resourceArn);
      return tags == null
          ? Collections.emptySortedMap()
          : Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }
  }

  @Override
  public void tag(String resourceArn, Map<String, String> tags) {
    synchronized (lock) {
      byResource.computeIfAbsent(resourceArn, arn -> new TreeMap<>()).putAll(tags);
    }
  }

  @Override
  public void untag(String resourceArn, Collection<String> keys) {
    synchronized (lock) {
      SortedMap<String, String> tags = byResource.get(resourceArn);
      if (tags != null) {
        tags.keySet().removeAll(keys);
      }
    }
  }

  /** Removes every tag of a resource; the caller holds the lock. */
  void removeAll(String resourceArn) {
    byResource.remove(resourceArn);
  }
}
