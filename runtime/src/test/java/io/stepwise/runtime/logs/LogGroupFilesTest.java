package io.stepwise.runtime.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LogGroupFilesTest {

  @Test
  void aGroupIsNamedByItsNameOrItsArn() {
    assertThat(LogGroupFiles.groupName("Orders")).isEqualTo("Orders");
    assertThat(LogGroupFiles.groupName("arn:aws:logs:us-east-1:123456789012:log-group:Orders:*"))
        .isEqualTo("Orders");
    assertThat(LogGroupFiles.groupName("arn:aws:logs:us-east-1:123456789012:log-group:Orders"))
        .isEqualTo("Orders");
  }

  @Test
  void slashesInANameStayInTheFileName() {
    Path logs = Path.of("data", "logs");

    assertThat(LogGroupFiles.file(logs, "/aws/vendedlogs/states/Orders"))
        .isEqualTo(logs.resolve("%2Faws%2Fvendedlogs%2Fstates%2FOrders.jsonl"));
    assertThat(LogGroupFiles.file(logs, "arn:aws:logs:eu-west-1:123456789012:log-group:a#b:*"))
        .isEqualTo(logs.resolve("a%23b.jsonl"));
  }
}
