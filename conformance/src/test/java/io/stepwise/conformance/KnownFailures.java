package io.stepwise.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cases known to fail a check, read from {@code known-failures.txt}: one line per case and
 * check, {@code <case> <status|output|history> # <reason>}. Blank lines and lines starting with
 * {@code #} are comments.
 */
final class KnownFailures {
  static final String HEADER =
      """
      # Corpus cases known to fail a check: <case file name without .json> <status|output|history> # reason
      # The build fails when a case fails a check not listed here, and when a listed check passes.
      # Regenerate with -Dstepwise.conformance.regenerate=true, then review every reason by hand.
      """;

  /** A case and one of its checks. */
  record Entry(String caseId, Check check) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int byCase = caseId.compareTo(other.caseId);
      return byCase != 0 ? byCase : check.compareTo(other.check);
    }

    @Override
    public String toString() {
      return caseId + " " + check.id();
    }
  }

  private static final int MAX_REASON = 160;

  private final Map<Entry, String> reasons;

  KnownFailures(Map<Entry, String> reasons) {
    this.reasons = new TreeMap<>(reasons);
  }

  /** The list at {@code file}; a missing file is an empty list. */
  static KnownFailures read(Path file) {
    if (!Files.exists(file)) {
      return new KnownFailures(Map.of());
    }
    try {
      return parse(Files.readAllLines(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to read " + file, e);
    }
  }

  static KnownFailures parse(List<String> lines) {
    Map<Entry, String> reasons = new TreeMap<>();
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int hash = line.indexOf('#');
      String[] words = (hash < 0 ? line : line.substring(0, hash)).strip().split("\\s+");
      String reason = hash < 0 ? "" : line.substring(hash + 1).strip();
      if (words.length != 2 || reason.isEmpty()) {
        throw new IllegalArgumentException(
            "Expected '<case> <status|output|history> # reason' on line " + number + ": " + line);
      }
      Entry entry = new Entry(words[0], Check.fromId(words[1]));
      if (reasons.put(entry, reason) != null) {
        throw new IllegalArgumentException(
            "Expected each entry once, but " + entry + " is listed again on line " + number);
      }
    }
    return new KnownFailures(reasons);
  }

  /**
   * The list that matches {@code verdicts}: every failed check, with its reason kept from {@code
   * previous} when it was listed there. A new entry's reason is its issue for a case of a later
   * issue, else the mismatch itself, shortened: the coordinator rewrites it by hand.
   */
  static KnownFailures regenerate(Collection<CaseVerdict> verdicts, KnownFailures previous) {
    Map<Entry, String> reasons = new TreeMap<>();
    for (CaseVerdict verdict : verdicts) {
      for (Check check : verdict.failedChecks()) {
        Entry entry = new Entry(verdict.recorded().id(), check);
        String kept = previous.reason(entry);
        reasons.put(entry, kept != null ? kept : newReason(verdict, check));
      }
    }
    return new KnownFailures(reasons);
  }

  private static String newReason(CaseVerdict verdict, Check check) {
    if (verdict.scope() != Scope.JSONPATH) {
      return verdict.scope().label();
    }
    String detail = verdict.result(check).detail().replaceAll("\\s+", " ");
    return detail.length() <= MAX_REASON ? detail : detail.substring(0, MAX_REASON - 3) + "...";
  }

  /**
   * What in {@code verdict} disagrees with this list: a failed check that is not listed, or a
   * listed check that did not fail.
   */
  List<String> disagreements(CaseVerdict verdict) {
    List<String> found = new ArrayList<>();
    verdict
        .results()
        .forEach(
            (check, result) -> {
              Entry entry = new Entry(verdict.recorded().id(), check);
              boolean listed = reasons.containsKey(entry);
              if (result.failed() && !listed) {
                found.add(check.id() + " failed and is not listed: " + result.detail());
              } else if (!result.failed() && listed) {
                found.add(
                    "%s is listed but %s: remove the line '%s'"
                        .formatted(check.id(), result.outcome(), entry));
              }
            });
    return found;
  }

  boolean contains(String caseId, Check check) {
    return reasons.containsKey(new Entry(caseId, check));
  }

  /** The listed reason, or {@code null} when the check is not listed. */
  String reason(Entry entry) {
    return reasons.get(entry);
  }

  Collection<Entry> entries() {
    return reasons.keySet();
  }

  /** The file's text: the header, then one line per entry in case order. */
  String render() {
    List<String> lines = new ArrayList<>();
    reasons.forEach((entry, reason) -> lines.add(entry + " # " + reason));
    return HEADER + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
  }

  void write(Path file) {
    try {
      Files.writeString(file, render());
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to write " + file, e);
    }
  }
}
