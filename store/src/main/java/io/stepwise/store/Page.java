package io.stepwise.store;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param nextCursor the opaque cursor that reads the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {

  public Page {
    items = List.copyOf(items);
  }
}
