package io.stepwise.server.console;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.RuntimeClock;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.server.SdkClients;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.StepwiseServer;
import io.stepwise.service.StepFunctionsApi;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StepCommit;
import io.stepwise.store.sqlite.SqliteStore;
import io.stepwise.tasks.functions.FunctionLogs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * A measurement run by hand, not a test (see docs/console.md): with 100,000 executions stored, how
 * long the console takes in headless Chromium to show the execution list, and to show an execution
 * of 1,000 states with its graph. Each figure is the time from asking the browser for the page to
 * the rows or states being in it, over several runs after one warm-up.
 */
public final class ConsoleBenchmark {
  static final int EXECUTIONS = 100_000;
  static final int STATES = 1_000;
  static final int RUNS = 5;
  private static final TaskRegistry TASKS = new TaskRegistry();

  private ConsoleBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path directory = Files.createTempDirectory("stepwise-console-bench");
    try (SqliteStore store = SqliteStore.openDirectory(directory);
        DurableRuntime runtime = DurableRuntime.open(store, TASKS, RuntimeClock.system())) {
      Console console = new Console(store, new FunctionLogs(Clock.systemUTC()));
      StepwiseServer server =
          StepwiseServer.start(
              ServerConfig.defaults().withAddress("127.0.0.1", 0),
              StepFunctionsApi.build(store, runtime, TASKS, Clock.systemUTC()),
              Clock.systemUTC(),
              List.of(console));
      String execution = runLongExecution(server);
      storeExecutions(store, EXECUTIONS);
      ChromeDriver browser = Chromium.start();
      try {
        String base = server.endpoint() + "/";
        report(
            "execution list, 100,000 stored",
            browser,
            base + "#/executions",
            By.cssSelector("table.list tbody tr"));
        report(
            "execution of 1,000 states",
            browser,
            base + "#/executions/" + URLEncoder.encode(execution, StandardCharsets.UTF_8),
            By.cssSelector(".state[data-state='S" + (STATES - 1) + "']"));
      } finally {
        browser.quit();
        console.close();
        server.stop();
      }
    }
  }

  private static String runLongExecution(StepwiseServer server) throws InterruptedException {
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < STATES; i++) {
      states.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Pass\",");
      states.append(i == STATES - 1 ? "\"End\":true}" : "\"Next\":\"S" + (i + 1) + "\"}");
    }
    try (SfnClient sfn = SdkClients.client(server.endpoint(), "AKID", "secret")) {
      String machine =
          sfn.createStateMachine(
                  r ->
                      r.name("Long")
                          .roleArn("arn:aws:iam::123456789012:role/R")
                          .definition("{\"StartAt\":\"S0\",\"States\":{" + states + "}}"))
              .stateMachineArn();
      String execution = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();
      while (sfn.describeExecution(r -> r.executionArn(execution))
          .statusAsString()
          .equals("RUNNING")) {
        Thread.sleep(50);
      }
      return execution;
    }
  }

  private static void storeExecutions(SqliteStore store, int count) {
    String machine = "arn:aws:states:us-east-1:123456789012:stateMachine:Many";
    List<CompletableFuture<?>> commits = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = "run-" + i;
      ExecutionStatus status = i % 10 == 0 ? ExecutionStatus.FAILED : ExecutionStatus.SUCCEEDED;
      ExecutionRecord record =
          new ExecutionRecord(
              "arn:aws:states:us-east-1:123456789012:execution:Many:" + name,
              machine,
              null,
              null,
              "rev-1",
              name,
              status,
              1_700_000_000_000L + i,
              1_700_000_000_500L + i,
              "{}",
              "{}",
              null,
              null,
              0,
              null,
              null,
              null);
      commits.add(store.executions().commit(StepCommit.start(record).build()));
      if (commits.size() == 1000) {
        commits.forEach(CompletableFuture::join);
        commits.clear();
      }
    }
    commits.forEach(CompletableFuture::join);
  }

  private static void report(String what, ChromeDriver browser, String url, By shown)
      throws InterruptedException {
    List<Long> millis = new ArrayList<>();
    for (int run = 0; run <= RUNS; run++) {
      browser.get("about:blank");
      long started = System.nanoTime();
      browser.get(url);
      while (browser.findElements(shown).isEmpty()) {
        Thread.sleep(5);
      }
      if (run > 0) {
        millis.add((System.nanoTime() - started) / 1_000_000);
      }
    }
    millis.sort(null);
    System.out.printf(
        "%s: median %d ms, slowest %d ms over %d runs%n",
        what, millis.get(millis.size() / 2), millis.getLast(), RUNS);
  }
}
