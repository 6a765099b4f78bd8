package io.stepwise.store;

import java.util.Optional;

/**
 * Activities. Lifecycle: {@link #createActivity} stores one, {@link #deleteActivity} removes it
 * with its tags. Every write is durable when the method returns.
 */
public interface ActivityStore {

  /** Stores a new activity; {@code false} if one with its ARN exists already. */
  boolean createActivity(ActivityRecord activity);

  /** Removes an activity and its tags; {@code false} if there is none. */
  boolean deleteActivity(String arn);

  Optional<ActivityRecord> activity(String arn);

  /** A page of the activities whose ARNs start with {@code arnPrefix}, oldest first. */
  Page<ActivityRecord> activities(String arnPrefix, int limit, String cursor);
}
