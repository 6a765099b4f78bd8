package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the corpus recorded against AWS through the parser and the in-memory runtime,
 * one dynamic test per case. A case fails the build when it fails a check that known-failures.txt
 * does not list, or passes one that it does (so the list only shrinks). After the run the per-area
 * report goes to {@code target/conformance-report.md} and to standard output.
 *
 * <p>With {@code -Dstepwise.conformance.regenerate=true} no case fails; instead known-failures.txt
 * is rewritten from the results, keeping the reasons of entries that still fail.
 */
class ConformanceTest {
  private static final String REGENERATE_PROPERTY = "stepwise.conformance.regenerate";
  private static final Path KNOWN_FAILURES = Path.of("known-failures.txt");
  private static final Path REPORT = Path.of("target", "conformance-report.md");
  private static final Path FAILED_CHECKS = Path.of("target", "conformance-failed-checks.txt");

  private static final List<CaseVerdict> VERDICTS = Collections.synchronizedList(new ArrayList<>());
  private static final boolean REGENERATE = Boolean.getBoolean(REGENERATE_PROPERTY);
  private static final KnownFailures KNOWN = KnownFailures.read(KNOWN_FAILURES);

  @TestFactory
  Stream<DynamicTest> corpus() {
    List<RecordedCase> cases = Corpus.load(Corpus.locate(Path.of("")));
    CaseRunner runner = new CaseRunner();
    DynamicTest listNamesCorpusCases =
        dynamicTest("known-failures.txt names only cases of the corpus", () -> checkNames(cases));
    return Stream.concat(
        Stream.of(listNamesCorpusCases),
        cases.stream().map(recorded -> dynamicTest(recorded.id(), () -> check(runner, recorded))));
  }

  private static void checkNames(List<RecordedCase> cases) {
    Set<String> ids = cases.stream().map(RecordedCase::id).collect(Collectors.toSet());
    if (!REGENERATE) {
      assertThat(KNOWN.entries())
          .as("entries of %s whose case is not in the corpus", KNOWN_FAILURES)
          .allMatch(entry -> ids.contains(entry.caseId()));
    }
  }

  private static void check(CaseRunner runner, RecordedCase recorded) {
    CaseVerdict verdict = CaseJudge.judge(recorded, runner.run(recorded));
    VERDICTS.add(verdict);
    if (REGENERATE) {
      return;
    }
    assertThat(KNOWN.disagreements(verdict))
        .as("[%s] %s against %s", verdict.scope().label(), recorded.id(), KNOWN_FAILURES)
        .isEmpty();
  }

  @AfterAll
  static void report() throws IOException {
    if (VERDICTS.isEmpty()) {
      return;
    }
    List<CaseVerdict> verdicts;
    synchronized (VERDICTS) {
      verdicts = new ArrayList<>(VERDICTS);
    }
    verdicts.sort((a, b) -> a.recorded().id().compareTo(b.recorded().id()));
    ConformanceReport report = new ConformanceReport(verdicts);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report.markdown());
    Files.writeString(FAILED_CHECKS, report.failedChecks());
    System.out.println("Conformance against aws-recorded (full report: " + REPORT + ")\n");
    System.out.println(report.summary());
    if (REGENERATE) {
      KnownFailures.regenerate(verdicts, KNOWN).write(KNOWN_FAILURES);
      System.out.println("Rewrote " + KNOWN_FAILURES + ": review every reason by hand.");
    }
  }
}
