package io.stepwise.conformance;

/**
 * The corpus in-process: the parser and the in-memory runtime, as a test suite or {@code stepwise
 * run} uses them. Its report is {@code target/conformance-report.md}.
 */
class ConformanceTest extends CorpusSuite {

  ConformanceTest() {
    super("known-failures.txt", "conformance-report");
  }

  @Override
  CaseRoute openRoute() {
    return new InProcessRoute();
  }
}
