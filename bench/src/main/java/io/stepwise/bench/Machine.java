package io.stepwise.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The machine and the code a table was measured on, so that figures from different runs are not
 * compared blindly.
 */
public record Machine(
    int cores, long memoryBytes, String java, String os, Instant date, String commit) {

  public static Machine current() {
    long memory =
        ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getTotalMemorySize()
            : -1;
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        memory,
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        checkedOutCommit());
  }

  /** The commit checked out, marked when the working tree differs from it. */
  private static String checkedOutCommit() {
    String head = git("rev-parse", "--short", "HEAD");
    if (head.isEmpty()) {
      return "unknown";
    }
    return git("status", "--porcelain", "--untracked-files=no").isEmpty()
        ? head
        : head + " with uncommitted changes";
  }

  private static String git(String... arguments) {
    String[] command = new String[arguments.length + 1];
    command[0] = "git";
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.waitFor() == 0 ? out.strip() : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** One Markdown paragraph. */
  public String describe() {
    return String.format(
        "Machine: %d cores, %.1f GiB memory, %s, Java %s. Date: %s. Commit: %s.",
        cores, memoryBytes / (double) (1L << 30), os, java, date, commit);
  }
}
