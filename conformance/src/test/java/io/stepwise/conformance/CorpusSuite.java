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
import org.junit.jupiter.api.TestInstance;

/**
 * Runs every case of the corpus recorded against AWS through one {@link CaseRoute}, one dynamic
 * test per case. A case fails the build when it fails a check that the route's known-failures file
 * does not list, or passes one that it does (so the list only shrinks). After the run the per-area
 * report goes to {@code target/} and to standard output.
 *
 * <p>With {@code -Dstepwise.conformance.regenerate=true} no case fails; instead the known-failures
 * file is rewritten from the results, keeping the reasons of entries that still fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CorpusSuite {
  private static final boolean REGENERATE = Boolean.getBoolean("stepwise.conformance.regenerate");

  private final List<CaseVerdict> verdicts = Collections.synchronizedList(new ArrayList<>());
  private final Path knownFailuresFile;
  private final String reportName;
  private final KnownFailures known;
  private CaseRunner runner;

  /**
   * @param knownFailuresFile the route's list of known failures, in the module's folder
   * @param reportName the report's file name under {@code target/}, without extension
   */
  CorpusSuite(String knownFailuresFile, String reportName) {
    this.knownFailuresFile = Path.of(knownFailuresFile);
    this.reportName = reportName;
    this.known = KnownFailures.read(this.knownFailuresFile);
  }

  abstract CaseRoute openRoute();

  @TestFactory
  Stream<DynamicTest> corpus() {
    List<RecordedCase> cases = Corpus.load(Corpus.locate(Path.of("")));
    runner = new CaseRunner(openRoute());
    DynamicTest listNamesCorpusCases =
        dynamicTest(knownFailuresFile + " names only cases of the corpus", () -> checkNames(cases));
    return Stream.concat(
        Stream.of(listNamesCorpusCases),
        cases.stream().map(recorded -> dynamicTest(recorded.id(), () -> check(recorded))));
  }

  private void checkNames(List<RecordedCase> cases) {
    Set<String> ids = cases.stream().map(RecordedCase::id).collect(Collectors.toSet());
    if (!REGENERATE) {
      assertThat(known.entries())
          .as("entries of %s whose case is not in the corpus", knownFailuresFile)
          .allMatch(entry -> ids.contains(entry.caseId()));
    }
  }

  private void check(RecordedCase recorded) {
    CaseVerdict verdict = CaseJudge.judge(recorded, runner.run(recorded));
    verdicts.add(verdict);
    if (REGENERATE) {
      return;
    }
    assertThat(known.disagreements(verdict))
        .as("[%s] %s against %s", verdict.scope().label(), recorded.id(), knownFailuresFile)
        .isEmpty();
  }

  @AfterAll
  void report() throws IOException {
    if (runner == null) {
      return;
    }
    String description = runner.description();
    runner.close();
    List<CaseVerdict> sorted;
    synchronized (verdicts) {
      sorted = new ArrayList<>(verdicts);
    }
    if (sorted.isEmpty()) {
      return;
    }
    sorted.sort((a, b) -> a.recorded().id().compareTo(b.recorded().id()));
    ConformanceReport report = new ConformanceReport(sorted, description);
    Path markdown = Path.of("target", reportName + ".md");
    Files.createDirectories(markdown.getParent());
    Files.writeString(markdown, report.markdown());
    Files.writeString(Path.of("target", reportName + "-failed-checks.txt"), report.failedChecks());
    System.out.println(
        "Conformance against aws-recorded, through "
            + description
            + " (full report: "
            + markdown
            + ")\n");
    System.out.println(report.summary());
    if (REGENERATE) {
      KnownFailures.regenerate(sorted, known).write(knownFailuresFile);
      System.out.println("Rewrote " + knownFailuresFile + ": review every reason by hand.");
    }
  }
}
