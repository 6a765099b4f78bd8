package io.stepwise.runtime.logs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a log group's events are kept: one file of JSON lines per log group, {@code
 * <data>/logs/<name>.jsonl}, its name URL-encoded since log group names may hold {@code /} and
 * {@code #} (so {@code /aws/vendedlogs/states/Orders} is {@code
 * %2Faws%2Fvendedlogs%2Fstates%2FOrders.jsonl}).
 */
public final class LogGroupFiles {
  private static final String ARN_MARKER = ":log-group:";

  private LogGroupFiles() {}

  /** The logs directory of a data directory. */
  public static Path directory(Path dataDirectory) {
    return dataDirectory.resolve("logs");
  }

  /** The file of a log group, given its name or its ARN. */
  public static Path file(Path logsDirectory, String nameOrArn) {
    return logsDirectory.resolve(
        URLEncoder.encode(groupName(nameOrArn), StandardCharsets.UTF_8) + ".jsonl");
  }

  /**
   * The name of a log group given its name or its ARN, with or without the {@code :*} that
   * loggingConfiguration requires: {@code arn:aws:logs:us-east-1:123456789012:log-group:Orders:*}
   * names {@code Orders}.
   */
  public static String groupName(String nameOrArn) {
    int marker = nameOrArn.indexOf(ARN_MARKER);
    if (!nameOrArn.startsWith("arn:") || marker < 0) {
      return nameOrArn;
    }
    String rest = nameOrArn.substring(marker + ARN_MARKER.length());
    int end = rest.indexOf(':');
    return end < 0 ? rest : rest.substring(0, end);
  }
}
