package io.stepwise.store;

import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;

/**
 * Tags, per resource ARN. The store does not check that the resource exists (the service does);
 * deleting a machine, version, alias or activity deletes its tags. Every write is durable when the
 * method returns.
 */
public interface TagStore {

  /** The tags of a resource, by key. */
  SortedMap<String, String> tags(String resourceArn);

  /** Adds tags to a resource, replacing the values of keys it has already. */
  void tag(String resourceArn, Map<String, String> tags);

  /** Removes the tags with these keys; unknown keys are ignored. */
  void untag(String resourceArn, Collection<String> keys);
}
