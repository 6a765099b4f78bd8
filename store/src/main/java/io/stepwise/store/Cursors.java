package io.stepwise.store;

/**
 * The cursors of store listings: the sequence number of the last row of the page, in decimal. Every
 * implementation numbers the rows of a listing in creation order, so a cursor stays valid while
 * rows are added and removed.
 */
public final class Cursors {

  private Cursors() {}

  public static String of(long sequence) {
    return Long.toString(sequence);
  }

  /**
   * The sequence number of a cursor.
   *
   * @throws IllegalArgumentException if the cursor was not made by {@link #of}; the service checks
   *     the tokens it hands out before it passes them here
   */
  public static long parse(String cursor) {
    try {
      return Long.parseLong(cursor);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Expected a store cursor, but got " + cursor, e);
    }
  }
}
