package io.stepwise.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a history whose Parallel branch events the recorder re-sorted. The recorder erased the
 * ids of those events and dropped some of them (the {@code ParallelStateSucceeded} events, for
 * one), so their order and number are lost. What it kept still says a lot: every event that kept
 * its id must have that type at that position, the last id is the length of the history, and every
 * erased event's type must occur among the events whose ids were not kept.
 */
final class ResortedHistory {

  private ResortedHistory() {}

  static boolean matches(List<String> expected, List<Long> ids, List<String> actual) {
    if (ids.size() != expected.size() || ids.isEmpty() || ids.getLast() != actual.size()) {
      return false;
    }
    boolean[] numbered = new boolean[actual.size()];
    Map<String, Integer> erased = new HashMap<>();
    for (int i = 0; i < expected.size(); i++) {
      long id = ids.get(i);
      if (id == 0) {
        erased.merge(expected.get(i), 1, Integer::sum);
      } else if (id > actual.size() || !actual.get((int) id - 1).equals(expected.get(i))) {
        return false;
      } else {
        numbered[(int) id - 1] = true;
      }
    }
    List<String> unnumbered = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      if (!numbered[i]) {
        unnumbered.add(actual.get(i));
      }
    }
    for (String type : unnumbered) {
      erased.computeIfPresent(type, (key, count) -> count == 1 ? null : count - 1);
    }
    return erased.isEmpty();
  }
}
