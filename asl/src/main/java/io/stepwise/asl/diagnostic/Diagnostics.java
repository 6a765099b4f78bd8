package io.stepwise.asl.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one definition, so that validation reports every problem at once
 * instead of stopping at the first.
 */
public final class Diagnostics {
  private final List<Diagnostic> found = new ArrayList<>();

  public void add(String code, String pointer, String message) {
    found.add(new Diagnostic(code, pointer, message));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public List<Diagnostic> toList() {
    return List.copyOf(found);
  }

  /** The JSON pointer of member {@code key} (or array index) under {@code pointer} (RFC 6901). */
  public static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The JSON pointer of element {@code index} under {@code pointer}. */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
