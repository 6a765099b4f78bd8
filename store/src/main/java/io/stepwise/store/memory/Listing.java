package io.stepwise.store.memory;

import io.stepwise.store.Cursors;
import io.stepwise.store.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Values by key, listed in creation order with the store's cursors. Not thread-safe: the store
 * guards it.
 */
final class Listing<T> {
  private final NavigableMap<Long, T> bySequence = new TreeMap<>();
  private final Map<String, Long> sequenceByKey = new HashMap<>();
  private long lastSequence;

  T get(String key) {
    Long sequence = sequenceByKey.get(key);
    return sequence == null ? null : bySequence.get(sequence);
  }

  boolean contains(String key) {
    return sequenceByKey.containsKey(key);
  }

  /** Adds a value under a new key; {@code false} if the key exists. */
  boolean add(String key, T value) {
    if (sequenceByKey.containsKey(key)) {
      return false;
    }
    sequenceByKey.put(key, ++lastSequence);
    bySequence.put(lastSequence, value);
    return true;
  }

  /** Replaces the value of an existing key, keeping its place; {@code false} if there is none. */
  boolean replace(String key, T value) {
    Long sequence = sequenceByKey.get(key);
    if (sequence == null) {
      return false;
    }
    bySequence.put(sequence, value);
    return true;
  }

  T remove(String key) {
    Long sequence = sequenceByKey.remove(key);
    return sequence == null ? null : bySequence.remove(sequence);
  }

  List<T> values(Predicate<T> filter) {
    return bySequence.values().stream().filter(filter).toList();
  }

  /** A page of the values that pass {@code filter}, oldest or newest first. */
  Page<T> page(Predicate<T> filter, int limit, String cursor, boolean newestFirst) {
    NavigableMap<Long, T> view = newestFirst ? bySequence.descendingMap() : bySequence;
    if (cursor != null) {
      view = view.tailMap(Cursors.parse(cursor), false);
    }
    List<T> items = new ArrayList<>();
    long lastIncluded = 0;
    for (Map.Entry<Long, T> entry : view.entrySet()) {
      if (!filter.test(entry.getValue())) {
        continue;
      }
      if (items.size() == limit) {
        return new Page<>(items, Cursors.of(lastIncluded));
      }
      items.add(entry.getValue());
      lastIncluded = entry.getKey();
    }
    return new Page<>(items, null);
  }
}
