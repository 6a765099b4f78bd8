package io.stepwise.conformance;

import java.util.Locale;

/** What the runner compares for each case, as named in known-failures.txt. */
enum Check {
  /** The execution's final status. */
  STATUS,
  /** The output of a successful execution, or the error and cause of a failed one. */
  OUTPUT,
  /** The sequence of history event types. */
  HISTORY;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Check fromId(String id) {
    for (Check check : values()) {
      if (check.id().equals(id)) {
        return check;
      }
    }
    throw new IllegalArgumentException(
        "Expected a check named status, output or history, but got '" + id + "'");
  }
}
