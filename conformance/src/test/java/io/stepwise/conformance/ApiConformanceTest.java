package io.stepwise.conformance;

/**
 * The corpus through the server's API, as users of the AWS CLI and SDKs run it. Its report is
 * {@code target/conformance-report-api.md}.
 */
class ApiConformanceTest extends CorpusSuite {

  ApiConformanceTest() {
    super("known-failures-api.txt", "conformance-report-api");
  }

  @Override
  CaseRoute openRoute() {
    return new ApiRoute();
  }
}
