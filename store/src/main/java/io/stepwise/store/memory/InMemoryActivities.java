package io.stepwise.store.memory;

import io.stepwise.store.ActivityRecord;
import io.stepwise.store.ActivityStore;
import io.stepwise.store.Page;
import java.util.Optional;

/** Activities in memory. */
final class InMemoryActivities implements ActivityStore {
  private final Object lock;
  private final InMemoryTags tags;
  private final Listing<ActivityRecord> activities = new Listing<>();

  InMemoryActivities(Object lock, InMemoryTags tags) {
    this.lock = lock;
    this.tags = tags;
  }

  @Override
  public boolean createActivity(ActivityRecord activity) {
    synchronized (lock) {
      return activities.add(activity.arn(), activity);
    }
  }

  @Override
  public boolean deleteActivity(String arn) {
    synchronized (lock) {
      tags.removeAll(arn);
      return activities.remove(arn) != null;
    }
  }

  @Override
  public Optional<ActivityRecord> activity(String arn) {
    synchronized (lock) {
      return Optional.ofNullable(activities.get(arn));
    }
  }

  @Override
  public Page<ActivityRecord> activities(String arnPrefix, int limit, String cursor) {
    synchronized (lock) {
      return activities.page(a -> a.arn().startsWith(arnPrefix), limit, cursor, false);
    }
  }
}
