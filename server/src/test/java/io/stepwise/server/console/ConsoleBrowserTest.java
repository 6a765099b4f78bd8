package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.server.SdkClients;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.StepwiseNode;
import io.stepwise.server.auth.AccessKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;

/**
 * The console end to end, in a real headless Chromium against a whole node: create a machine, start
 * an execution and watch it finish live, read a failed execution's error at its failing state, stop
 * a running one. Screenshots of the main screens go to {@code target/console-screenshots}, or to
 * the directory of the system property {@code console.screenshots} (docs/console/ refreshes the
 * ones the documentation shows).
 */
class ConsoleBrowserTest {
  static final String DEFINITION =
      """
      {
        "Comment": "Checks an order, waits a moment, then ships it",
        "StartAt": "Check order",
        "States": {
          "Check order": {
            "Type": "Choice",
            "Choices": [{"Variable": "$.fail", "BooleanEquals": true, "Next": "Reject"}],
            "Default": "Prepare"
          },
          "Prepare": {
            "Type": "Parallel",
            "Next": "Ship",
            "Branches": [
              {"StartAt": "Reserve stock", "States": {"Reserve stock": {"Type": "Pass", "End": true}}},
              {"StartAt": "Pause", "States": {"Pause": {"Type": "Wait", "Seconds": 2, "End": true}}}
            ]
          },
          "Ship": {"Type": "Pass", "Result": {"shipped": true}, "End": true},
          "Reject": {"Type": "Fail", "Error": "Order.Rejected", "Cause": "The order asked to fail"}
        }
      }""";

  static final String DISTRIBUTED =
      """
      {"StartAt":"Each","States":{"Each":{"Type":"Map","Label":"each","MaxConcurrency":2,
        "ItemsPath":"$.items","End":true,
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
          "StartAt":"Copy","States":{"Copy":{"Type":"Pass","End":true}}}}}}""";

  static final String GREETER_CARD = "[data-function=Greeter]";

  static final String GREETER =
      """
      def handler(event, context):
          print("Hello, " + event["name"])
          return {"greeted": event["name"]}
      """;

  @TempDir static Path data;
  private static StepwiseNode node;
  private static ChromeDriver browser;
  private static Path screenshots;

  @BeforeAll
  static void start() throws IOException {
    node = StepwiseNode.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), data);
    browser = Chromium.start();
    screenshots = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));
    Files.createDirectories(screenshots);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void createsAMachineStartsAnExecutionAndWatchesItFinishLive() {
    open("#/machines/new");
    type(By.id("machine-name"), "Orders");
    setEditor(DEFINITION);
    click(By.cssSelector("form button[type=submit]"));
    await(() -> browser.getCurrentUrl().contains("machines/arn"), "the machine's page");
    await(
        () -> !browser.findElements(By.cssSelector("[data-state='Reserve stock']")).isEmpty(),
        "the graph");
    screenshot("machine-graph");

    click(By.xpath("//button[text()='Start execution']"));
    setEditor("{\"fail\": false}");
    click(By.xpath("//dialog//button[text()='Start']"));
    await(() -> browser.getCurrentUrl().contains("executions/arn"), "the execution's page");
    await(() -> text(By.cssSelector("h1 .status-badge")).equals("Running"), "a running execution");
    ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");

    await(() -> text(By.cssSelector("h1 .status-badge")).equals("Succeeded"), "it to succeed");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage"))
        .as("the page updated itself, without a reload")
        .isEqualTo(true);
    await(() -> stateClass("Ship").contains("succeeded"), "Ship coloured as succeeded");
    assertThat(stateClass("Reject")).contains("unreached");
    screenshot("execution-succeeded");
  }

  @Test
  void showsTheErrorOfAFailedExecutionAtItsFailingState() {
    String machine = createMachine("FailingOrders", DEFINITION);
    String execution = startExecution(machine, "{\"fail\": true}");
    open("#/executions/" + encode(execution));
    await(() -> text(By.cssSelector("h1 .status-badge")).equals("Failed"), "a failed execution");
    await(() -> stateClass("Reject").contains("failed"), "Reject coloured as failed");

    browser.findElement(By.cssSelector(".state[data-state='Reject']")).click();

    await(() -> !browser.findElements(By.cssSelector("[data-field=error]")).isEmpty(), "details");
    assertThat(text(By.cssSelector(".state-panel [data-field=error]"))).isEqualTo("Order.Rejected");
    assertThat(text(By.cssSelector(".state-panel [data-field=cause]")))
        .isEqualTo("The order asked to fail");
    screenshot("execution-failed");
  }

  @Test
  void stopsARunningExecution() {
    String machine =
        createMachine(
            "LongWait",
            """
            {"StartAt":"Sleep","States":{"Sleep":{"Type":"Wait","Seconds":3600,"End":true}}}""");
    String execution = startExecution(machine, "{}");
    open("#/executions/" + encode(execution));
    await(() -> text(By.cssSelector("h1 .status-badge")).equals("Running"), "a running execution");

    click(By.xpath("//button[text()='Stop']"));

    await(() -> text(By.cssSelector("h1 .status-badge")).equals("Aborted"), "it to be aborted");
    await(() -> stateClass("Sleep").contains("cancelled"), "Sleep coloured as cancelled");
  }

  @Test
  void showsTheValidatorsDiagnosticsAtTheirLines() {
    open("#/machines/new");
    type(By.id("machine-name"), "Broken");
    setEditor(
        """
        {
          "StartAt": "A",
          "States": {
            "A": {"Type": "Pass", "Next": "Nowhere"}
          }
        }""");
    click(By.cssSelector("form button[type=submit]"));

    await(() -> !browser.findElements(By.cssSelector(".diagnostic")).isEmpty(), "diagnostics");
    WebElement diagnostic = browser.findElement(By.cssSelector(".diagnostic"));
    assertThat(diagnostic.getText()).startsWith("Line 4").contains("Nowhere");
    assertThat(browser.findElements(By.cssSelector(".gutter .marked")))
        .extracting(WebElement::getText)
        .contains("4");
    screenshot("editor-diagnostics");
  }

  @Test
  void listsExecutionsAcrossMachinesFilteredByStatusAndCountsThemPerMachine() {
    String machine = createMachine("Filtered", DEFINITION);
    startExecution(machine, "{\"fail\": true}");
    open("#/executions?status=FAILED");

    await(() -> !browser.findElements(By.cssSelector("table.list tbody tr")).isEmpty(), "rows");
    assertThat(browser.findElements(By.cssSelector("table.list tbody .status-badge")))
        .extracting(WebElement::getText)
        .containsOnly("Failed");
    screenshot("executions");

    open("#/machines");
    await(
        () -> !browser.findElements(By.xpath("//td/a[text()='Filtered']")).isEmpty(),
        "the machine list");
    WebElement failed = browser.findElement(By.xpath("//tr[td/a[text()='Filtered']]/td[6]"));
    assertThat(failed.getText()).isEqualTo("1");
    screenshot("machines");
  }

  @Test
  void redrivesAFailedExecutionAndFollowsItToSuccess() {
    try (SfnClient sfn = SdkClients.client(node.endpoint(), "AKID", "secret")) {
      String activity = sfn.createActivity(b -> b.name("flaky")).activityArn();
      String machine =
          createMachine(
              "Flaky",
              """
              {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s","End":true}}}"""
                  .formatted(activity));
      String execution = startExecution(machine, "{\"attempt\": 1}");
      String failing = sfn.getActivityTask(b -> b.activityArn(activity)).taskToken();
      sfn.sendTaskFailure(b -> b.taskToken(failing).error("Flaky.Broken").cause("not yet"));
      open("#/executions/" + encode(execution));
      await(() -> text(By.cssSelector("h1 .status-badge")).equals("Failed"), "a failed execution");
      await(() -> stateClass("Work").contains("failed"), "Work coloured as failed");

      click(By.xpath("//button[text()='Redrive']"));

      await(() -> text(By.cssSelector("h1 .status-badge")).equals("Running"), "it to run again");
      assertThat(text(By.cssSelector("[data-field=redrives]"))).isEqualTo("once");
      GetActivityTaskResponse task = sfn.getActivityTask(b -> b.activityArn(activity));
      assertThat(task.input()).isEqualTo("{\"attempt\":1}");
      sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"done\":true}"));
      await(() -> text(By.cssSelector("h1 .status-badge")).equals("Succeeded"), "it to succeed");
      await(() -> stateClass("Work").contains("succeeded"), "Work coloured as succeeded");
      assertThat(sfn.describeExecution(b -> b.executionArn(execution)).redriveCount()).isEqualTo(1);
    }
  }

  @Test
  void showsTheMapRunsOfADistributedMap() {
    String machine = createMachine("Distributed", DISTRIBUTED);
    String execution = startExecution(machine, "{\"items\": [1, 2, 3]}");
    open("#/executions/" + encode(execution));
    await(() -> text(By.cssSelector("h1 .status-badge")).equals("Succeeded"), "it to succeed");

    click(By.xpath("//button[@role='tab'][text()='Map runs']"));

    await(() -> !browser.findElements(By.cssSelector("tr[data-map-run]")).isEmpty(), "a Map Run");
    assertThat(browser.findElements(By.cssSelector("tr[data-map-run]"))).hasSize(1);
    assertThat(text(By.cssSelector("tr[data-map-run] td"))).startsWith("Distributed/each:");
    assertThat(text(By.cssSelector("tr[data-map-run] [data-field=status]"))).isEqualTo("SUCCEEDED");
    assertThat(text(By.cssSelector("tr[data-map-run] [data-field=items]")))
        .isEqualTo("3 succeeded, 0 failed of 3");
    assertThat(text(By.cssSelector("tr[data-map-run] [data-field=executions]")))
        .isEqualTo("3 succeeded, 0 failed of 3");
    ((JavascriptExecutor) browser)
        .executeScript("document.querySelector('table.map-runs').scrollIntoView(false)");
    screenshot("execution-map-runs");
  }

  @Test
  void asksForAKeyPairWhenTheServerRequiresSignaturesSignsEveryCallAndSignsOut() {
    String secret = "console/Secret+1";
    try (StepwiseNode signing =
            StepwiseNode.start(
                ServerConfig.defaults()
                    .withAddress("127.0.0.1", 0)
                    .withAccessKeys(AccessKeys.parse("AKIDCONSOLE:" + secret)),
                data.resolve("signing"));
        SfnClient sfn = SdkClients.client(signing.endpoint(), "AKIDCONSOLE", secret)) {
      String machine =
          sfn.createStateMachine(
                  b ->
                      b.name("Signed")
                          .roleArn("arn:aws:iam::123456789012:role/R")
                          .definition(
                              """
                              {"StartAt":"Pause","States":{
                                "Pause":{"Type":"Wait","Seconds":2,"Next":"Done"},
                                "Done":{"Type":"Pass","End":true}}}"""))
              .stateMachineArn();
      browser.get(signing.endpoint() + "/#/machines");
      browser.navigate().refresh();

      signIn("AKIDCONSOLE", "not-the-secret");
      await(
          () -> text(By.cssSelector("dialog [role=alert]")).startsWith("InvalidSignature"),
          "the wrong secret refused");
      screenshot("sign-in");
      signIn("AKIDCONSOLE", secret);
      await(() -> !browser.findElements(By.xpath("//td/a[text()='Signed']")).isEmpty(), "machines");

      click(By.xpath("//td/a[text()='Signed']"));
      click(By.xpath("//button[text()='Start execution']"));
      click(By.xpath("//dialog//button[text()='Start']"));
      await(() -> text(By.cssSelector("h1 .status-badge")).equals("Running"), "it running");
      await(() -> text(By.cssSelector("h1 .status-badge")).equals("Succeeded"), "it to succeed");
      assertThat(stateClass("Done")).contains("succeeded");
      assertThat(sfn.listExecutions(b -> b.stateMachineArn(machine)).executions()).hasSize(1);
      assertThat(
              (String)
                  ((JavascriptExecutor) browser)
                      .executeScript("return JSON.stringify(sessionStorage)"))
          .as("only derived signing keys are kept, never the secret")
          .contains("AKIDCONSOLE")
          .doesNotContain(secret);

      browser.get(signing.endpoint() + "/#/functions");
      browser.navigate().refresh();
      await(
          () -> page().contains("No local Lambda functions"),
          "the functions page, read through the Lambda API with a signature scoped to lambda");
      assertThat(browser.findElements(By.id("access-key-id"))).isEmpty();

      click(By.id("sign-out"));

      await(
          () -> !browser.findElements(By.id("access-key-id")).isEmpty(), "the sign-in form again");
      assertThat(
              (String)
                  ((JavascriptExecutor) browser)
                      .executeScript("return JSON.stringify(sessionStorage)"))
          .as("signing out forgets the signing keys")
          .doesNotContain("AKIDCONSOLE");
      assertThat(page()).as("what the page showed is gone").isEmpty();
      assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).isFalse();
      signIn("AKIDCONSOLE", secret);
      await(() -> page().contains("No local Lambda functions"), "the page again, signed anew");
      assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).isTrue();
    }
  }

  @Test
  void showsTheRecentLogsOfEachFunctionLiveWithoutItsEnvironmentValues() {
    try (LambdaClient lambda = SdkClients.lambda(node.endpoint(), "AKID", "secret")) {
      SdkClients.createPythonFunction(
          lambda, "Greeter", GREETER, Map.of("API_TOKEN", "tok-77c1-secret"));
      open("#/functions");
      await(
          () -> text(By.cssSelector(GREETER_CARD)).contains("No invocations yet."),
          "the function without logs");
      ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");

      lambda.invoke(
          r -> r.functionName("Greeter").payload(SdkBytes.fromUtf8String("{\"name\": \"Ada\"}")));

      await(() -> page().contains("Hello, Ada"), "the new log, read live");
      assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage"))
          .isEqualTo(true);
      assertThat(text(By.cssSelector(GREETER_CARD + " .invocation .log")))
          .startsWith("START RequestId: ")
          .contains("END RequestId: ", "REPORT RequestId: ");
      setEditor(By.cssSelector(GREETER_CARD + " textarea.code"), "{\"name\": \"Grace\"}");
      click(By.cssSelector(GREETER_CARD + " form button[type=submit]"));
      await(
          () -> browser.findElements(By.cssSelector(GREETER_CARD + " .invocation")).size() == 2,
          "the test invoke's log at the top");
      assertThat(text(By.cssSelector(GREETER_CARD + " .invocation .log"))).contains("Hello, Grace");
      assertThat(text(By.cssSelector(GREETER_CARD + " .invoke-result")))
          .startsWith("RESULT\n{\n  \"greeted\": \"Grace\"\n}\nLOG TAIL\nSTART RequestId: ");
      assertThat(text(By.cssSelector(GREETER_CARD + " dl"))).contains("API_TOKEN");
      assertThat(browser.getPageSource()).doesNotContain("tok-77c1-secret");
      screenshot("functions-logs");
    }
  }

  @Test
  void opensAMapRunWithItsChildExecutionsAndUpdatesItWithErrorsShownAtTheirFields() {
    try (SfnClient sfn = SdkClients.client(node.endpoint(), "AKID", "secret")) {
      String activity = sfn.createActivity(b -> b.name("item")).activityArn();
      String machine =
          createMachine(
              "Batches",
              """
              {"StartAt":"Each","States":{"Each":{"Type":"Map","Label":"batch","MaxConcurrency":1,
                "End":true,"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED",
                  "ExecutionType":"STANDARD"},
                  "StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s","End":true}}}}}}"""
                  .formatted(activity));
      String execution = startExecution(machine, "[1, 2, 3]");
      List<GetActivityTaskResponse> tasks = new ArrayList<>();
      tasks.add(sfn.getActivityTask(b -> b.activityArn(activity)));
      open("#/executions/" + encode(execution));
      click(By.xpath("//button[@role='tab'][text()='Map runs']"));
      click(By.cssSelector("tr[data-map-run] a"));
      await(() -> text(By.cssSelector("h1")).startsWith("Map Run Batches/batch:"), "the Map Run");
      assertThat(text(By.cssSelector("h1 .status-badge"))).isEqualTo("Running");
      await(() -> childRows().size() == 1, "one child execution, as MaxConcurrency allows");
      assertThat(text(By.cssSelector("table.children tbody tr"))).startsWith("Item 0 Running");
      assertThat(text(By.cssSelector("tr:has(th[scope=row]) [data-count=total]"))).isEqualTo("3");

      type(By.id("update-maxConcurrency"), "-1");
      type(By.id("update-toleratedFailureCount"), "two");
      click(By.xpath("//button[text()='Update']"));
      await(() -> !text(By.id("update-toleratedFailureCount-error")).isEmpty(), "a field error");
      assertThat(text(By.id("update-toleratedFailureCount-error")))
          .isEqualTo("Expected a whole number, but it is two.");
      browser.findElement(By.id("update-toleratedFailureCount")).clear();
      click(By.xpath("//button[text()='Update']"));
      await(() -> !text(By.id("update-maxConcurrency-error")).isEmpty(), "the server's error");
      assertThat(text(By.id("update-maxConcurrency-error")))
          .isEqualTo(
              "Value '-1' at 'maxConcurrency' failed to satisfy constraint: Member must have value"
                  + " greater than or equal to 0");
      assertThat(browser.findElement(By.id("update-maxConcurrency")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(sfn.describeMapRun(b -> b.mapRunArn(mapRun(sfn, execution))).maxConcurrency())
          .isEqualTo(1);

      browser.findElement(By.id("update-maxConcurrency")).clear();
      type(By.id("update-maxConcurrency"), "3");
      type(By.id("update-toleratedFailurePercentage"), "50");
      click(By.xpath("//button[text()='Update']"));
      await(() -> text(By.cssSelector("[data-field=maxConcurrency]")).equals("3"), "the update");
      assertThat(text(By.cssSelector("[data-field=tolerated]"))).isEqualTo("50 %, 0");
      assertThat(text(By.id("update-maxConcurrency-error"))).isEmpty();
      tasks.add(sfn.getActivityTask(b -> b.activityArn(activity)));
      tasks.add(sfn.getActivityTask(b -> b.activityArn(activity)));
      await(() -> childRows().size() == 3, "three child executions, read live");
      ((JavascriptExecutor) browser)
          .executeScript("document.querySelector('table.children').scrollIntoView(false)");
      screenshot("map-run");
      for (GetActivityTaskResponse task : tasks) {
        sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output(task.input()));
      }
      await(() -> text(By.cssSelector("h1 .status-badge")).equals("Succeeded"), "it to succeed");
      assertThat(browser.findElement(By.cssSelector("form.update-map-run")).isDisplayed())
          .as("only a running Map Run can be updated")
          .isFalse();

      assertThat(browser.findElements(By.cssSelector("table.children tbody .status-badge")))
          .extracting(WebElement::getText)
          .containsExactly("Succeeded", "Succeeded", "Succeeded");
      click(By.cssSelector("tr[data-index='2'] summary"));
      assertThat(text(By.cssSelector("tr[data-index='2'] details")))
          .contains("INPUT\n3", "OUTPUT\n3");
    }
  }

  @Test
  void drivesAnExecutionWithTheKeyboardAloneWithTheFocusAlwaysVisible() {
    createMachine(
        "Keyboard",
        """
        {"StartAt":"Prepare","States":{"Prepare":{"Type":"Pass","Next":"Ship"},
          "Ship":{"Type":"Pass","Result":{"shipped":true},"End":true}}}""");
    open("#/machines");

    tabTo("the machine's link", "e.textContent === 'Keyboard'");
    press(Keys.ENTER);
    await(() -> browser.getCurrentUrl().contains("#/machines/arn"), "the machine's page");
    tabTo("Start execution", "e.textContent === 'Start execution'");
    press(Keys.SPACE);
    tabTo("the dialog's Start", "e.textContent === 'Start' && !!e.closest('dialog')");
    press(Keys.ENTER);
    await(() -> browser.getCurrentUrl().contains("#/executions/arn"), "the execution's page");
    await(() -> text(By.cssSelector("h1 .status-badge")).equals("Succeeded"), "it to succeed");
    tabTo("the Ship state", "e.dataset.state === 'Ship'");
    press(Keys.ENTER);

    await(() -> text(By.cssSelector(".state-panel h2")).startsWith("Ship"), "Ship's details");
    assertThat(text(By.cssSelector(".state-panel"))).contains("shipped");
    assertThat(activeElement("getComputedStyle(e.querySelector('rect')).stroke"))
        .as("the focused state is outlined in the focus colour, whatever its status")
        .isEqualTo("rgb(111, 45, 189)");
    screenshot("keyboard-state-details");
    press(Keys.ESCAPE);
    await(() -> text(By.cssSelector(".state-panel")).startsWith("Select a state"), "it closed");
    assertThat(activeElement("e.dataset.state")).isEqualTo("Ship");

    tabTo("the first event's details", "e.tagName === 'SUMMARY'");
    press(Keys.ENTER);
    await(() -> !browser.findElements(By.cssSelector("details[open]")).isEmpty(), "opened");
    press(Keys.ESCAPE);
    await(() -> browser.findElements(By.cssSelector("details[open]")).isEmpty(), "closed");
    assertThat(activeElement("e.tagName")).isEqualTo("SUMMARY");
  }

  /**
   * Presses Tab until the focused element {@code e} satisfies the JavaScript {@code condition};
   * every element the focus passes must show a focus indicator of at least 3:1 against its
   * background (WCAG 2.4.7 and 1.4.11).
   */
  private void tabTo(String what, String condition) {
    for (int i = 0; i < 200; i++) {
      press(Keys.TAB);
      Map<String, Object> focus = focusIndicator();
      assertThat((Double) ((Number) focus.get("ratio")).doubleValue())
          .as("the focus indicator of %s", focus.get("element"))
          .isGreaterThanOrEqualTo(3.0);
      if (Boolean.TRUE.equals(activeElement(condition))) {
        return;
      }
    }
    throw new AssertionError("Expected to reach " + what + " with Tab; the page shows: " + page());
  }

  private void press(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
  }

  private Object activeElement(String expression) {
    return ((JavascriptExecutor) browser)
        .executeScript("const e = document.activeElement; return " + expression + ";");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> focusIndicator() {
    return (Map<String, Object>)
        ((JavascriptExecutor) browser)
            .executeScript(
                CONTRAST
                    + """
        const e = document.activeElement;
        // A state of the graph shows its focus as its outline's colour, anything else as an outline.
        const node = e.matches('.state');
        const ring = node ? getComputedStyle(e.querySelector('rect')).stroke
          : getComputedStyle(e).outlineStyle === 'none' ? null : getComputedStyle(e).outlineColor;
        const name = e.tagName + ' ' + (e.textContent || '').trim().slice(0, 30);
        if (e === document.body) return {element: 'body', ratio: 21};
        if (!ring) return {element: name, ratio: 0};
        const under = node ? background(e.closest('svg')) : background(e.parentElement);
        return {element: name, ratio: ratio(parse(ring), under)};""");
  }

  @Test
  void keepsEveryTextAtAContrastOfAtLeastFourAndAHalfToOne() throws InterruptedException {
    String machine = createMachine("Contrast", DEFINITION);
    String failed = startExecution(machine, "{\"fail\": true}");
    startExecution(machine, "{\"fail\": false}");
    String mapRun;
    try (SfnClient sfn = SdkClients.client(node.endpoint(), "AKID", "secret");
        LambdaClient lambda = SdkClients.lambda(node.endpoint(), "AKID", "secret")) {
      String distributed = createMachine("ContrastMap", DISTRIBUTED);
      String execution = startExecution(distributed, "{\"items\": [1, 2]}");
      SdkClients.awaitEnd(sfn, execution);
      mapRun = mapRun(sfn, execution);
      SdkClients.createPythonFunction(lambda, "Shade", GREETER, Map.of());
      lambda.invoke(
          r -> r.functionName("Shade").payload(SdkBytes.fromUtf8String("{\"name\": \"Eve\"}")));
    }
    List<String> pages =
        List.of(
            "#/machines",
            "#/executions",
            "#/executions/" + encode(failed),
            "#/map-runs/" + encode(mapRun),
            "#/functions");
    for (String page : pages) {
      open(page);
      await(() -> !page().isEmpty() && !page().contains("Laying out"), "the page " + page);
      if (page.contains("executions/arn")) {
        await(() -> stateClass("Reject").contains("failed"), "the failed state");
        browser.findElement(By.cssSelector(".state[data-state='Reject']")).click();
        await(() -> !text(By.cssSelector(".state-panel [data-field=error]")).isEmpty(), "details");
      } else if (page.contains("map-runs")) {
        await(() -> childRows().size() == 2, "the child executions");
      } else if (page.contains("functions")) {
        await(() -> page().contains("Hello, Eve"), "the function's log");
      }
      assertThat(lowContrastTexts()).as("texts below 4.5:1 on %s", page).isEmpty();
    }
  }

  /** The texts of the page whose colour has a contrast below 4.5:1 with what is behind them. */
  @SuppressWarnings("unchecked")
  private List<String> lowContrastTexts() {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                CONTRAST
                    + """
        const low = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let checked = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const e = node.parentElement;
          if (!node.textContent.trim() || !e.getClientRects().length) continue;
          if (e.closest('[hidden], option, script, style, title')) continue;
          const svg = e instanceof SVGElement;
          const fg = parse(getComputedStyle(e)[svg ? 'fill' : 'color']);
          const shape = svg && e.parentElement.querySelector(':scope > rect');
          const under = svg ? background(e.closest('svg')) : background(e);
          const bg = shape ? over(parse(getComputedStyle(shape).fill),
            Number(getComputedStyle(shape).opacity), under) : under;
          const r = ratio(fg, bg);
          checked++;
          if (r < 4.5) low.push(node.textContent.trim().slice(0, 40) + ': ' + r.toFixed(2));
        }
        if (checked < 10) low.push('only ' + checked + ' texts found');
        return low;""");
  }

  /**
   * Contrast in the browser: {@code parse} reads a computed colour, {@code over} puts a colour of
   * some opacity over another, {@code background} is what shows behind an element (its own and its
   * ancestors' backgrounds, composed), and {@code ratio} is WCAG's contrast ratio.
   */
  static final String CONTRAST =
      """
      const parse = (c) => { const n = c.match(/[\\d.]+/g).map(Number);
        return {r: n[0], g: n[1], b: n[2], a: n.length > 3 ? n[3] : 1}; };
      const over = (top, opacity, below) => { const a = top.a * opacity;
        return {r: top.r * a + below.r * (1 - a), g: top.g * a + below.g * (1 - a),
          b: top.b * a + below.b * (1 - a), a: 1}; };
      const background = (e) => {
        const layers = [];
        for (let x = e; x; x = x.parentElement) {
          const c = parse(getComputedStyle(x).backgroundColor);
          if (c.a > 0) layers.push(c);
          if (c.a === 1) break;
        }
        return layers.reverse().reduce((below, top) => over(top, 1, below),
          {r: 255, g: 255, b: 255, a: 1});
      };
      const luminance = (c) => [c.r, c.g, c.b].map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
      const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05); };
      """;

  private static String mapRun(SfnClient sfn, String execution) {
    return sfn.listMapRuns(b -> b.executionArn(execution)).mapRuns().getFirst().mapRunArn();
  }

  private List<WebElement> childRows() {
    return browser.findElements(By.cssSelector("table.children tbody tr"));
  }

  private void signIn(String accessKeyId, String secret) {
    await(() -> !browser.findElements(By.id("access-key-id")).isEmpty(), "the sign-in dialog");
    browser.findElement(By.id("access-key-id")).clear();
    browser.findElement(By.id("access-key-id")).sendKeys(accessKeyId);
    browser.findElement(By.id("secret-access-key")).clear();
    browser.findElement(By.id("secret-access-key")).sendKeys(secret);
    click(By.xpath("//dialog//button[text()='Sign in']"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void laysOutALargeMachineWithItsGroupsAndEdgesReadable() {
    String machine = createMachine("Large", largeDefinition(150));
    open("#/machines/" + encode(machine));
    await(() -> !browser.findElements(By.cssSelector("[data-state='Step149']")).isEmpty(), "graph");
    screenshot("large-machine");

    List<Map<String, Object>> problems =
        (List<Map<String, Object>>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    """
                    const box = (g) => g.querySelector('rect, circle').getBBox();
                    const inside = (a, b) => a.x >= b.x && a.y >= b.y
                      && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
                    const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width
                      && a.y < b.y + b.height && b.y < a.y + a.height;
                    const nodes = [...document.querySelectorAll('.graph .state, .graph .join')];
                    const group = (name) => document.querySelector(
                      '.graph .group[data-state="' + name + '"]');
                    const problems = [];
                    for (const [state, owner] of [['Prepare', 'Prepare'], ['Reserve', 'Prepare'],
                        ['Items', 'Prepare'], ['Pack item', 'Items']]) {
                      const node = document.querySelector('.graph .state[data-state="' + state + '"]');
                      if (!inside(box(node), box(group(owner)))) problems.push({state, owner});
                    }
                    nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => {
                      if (overlap(box(a), box(b))) {
                        problems.push({overlap: a.dataset.state + ' ' + b.dataset.state});
                      }
                    }));
                    return problems;""");
    assertThat(problems).isEmpty();
    assertThat(edgeLabels("choice")).containsExactly("$.skip BooleanEquals true");
    assertThat(edgeLabels("catch")).containsExactly("States.ALL");
    assertThat(edgeLabels("retry")).containsExactly("States.Timeout");
  }

  @SuppressWarnings("unchecked")
  private List<String> edgeLabels(String kind) {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return [...document.querySelectorAll('.graph .edge.' + arguments[0] + ' text')]"
                    + ".map((text) => text.firstChild.nodeValue);",
                kind);
  }

  /**
   * A machine of {@code steps} Pass states in a chain, with a Choice that skips ahead, and a
   * Parallel holding a Map, with a Retry and a Catch: large enough for the console's linear layout.
   */
  static String largeDefinition(int steps) {
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < steps; i++) {
      String next = i == steps - 1 ? "\"End\":true" : "\"Next\":\"Step" + (i + 1) + "\"";
      states.append(",\"Step%d\":{\"Type\":\"Pass\",%s}".formatted(i, next));
    }
    return """
        {"StartAt":"Check","States":{
          "Check":{"Type":"Choice","Default":"Prepare",
            "Choices":[{"Variable":"$.skip","BooleanEquals":true,"Next":"Step100"}]},
          "Prepare":{"Type":"Parallel","Next":"Step0",
            "Retry":[{"ErrorEquals":["States.Timeout"]}],
            "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Step140"}],
            "Branches":[
              {"StartAt":"Reserve","States":{"Reserve":{"Type":"Pass","End":true}}},
              {"StartAt":"Items","States":{"Items":{"Type":"Map","End":true,
                "ItemProcessor":{"StartAt":"Pack item",
                  "States":{"Pack item":{"Type":"Pass","End":true}}}}}}]}
          %s}}"""
        .formatted(states);
  }

  private String createMachine(String name, String definition) {
    return (String)
        script(
            "return (await import('/console/api.js')).sfn('CreateStateMachine', {name: arguments[0],"
                + " definition: arguments[1], roleArn:"
                + " 'arn:aws:iam::123456789012:role/R'}).then(r => r.stateMachineArn);",
            name,
            definition);
  }

  private String startExecution(String machine, String input) {
    return (String)
        script(
            "return (await import('/console/api.js')).sfn('StartExecution', {stateMachineArn:"
                + " arguments[0], input: arguments[1]}).then(r => r.executionArn);",
            machine,
            input);
  }

  private Object script(String body, Object... arguments) {
    if (!browser.getCurrentUrl().startsWith(node.endpoint().toString())) {
      open("");
    }
    return ((JavascriptExecutor) browser)
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "(async (...arguments) => { "
                + body
                + " })(...Array.from(arguments).slice(0, -1)).then(done, e => done('ERROR ' + e));",
            arguments);
  }

  private void open(String hash) {
    browser.get(node.endpoint() + "/" + hash);
    browser.navigate().refresh();
  }

  private void setEditor(String text) {
    setEditor(By.cssSelector("textarea.code"), text);
  }

  private void setEditor(By by, String text) {
    WebElement area = browser.findElement(by);
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input'));",
            area,
            text);
  }

  private void type(By by, String text) {
    await(() -> !browser.findElements(by).isEmpty(), by.toString());
    browser.findElement(by).sendKeys(text);
  }

  private void click(By by) {
    await(() -> !browser.findElements(by).isEmpty(), by.toString());
    browser.findElement(by).click();
  }

  private String text(By by) {
    return browser.findElements(by).stream().findFirst().map(WebElement::getText).orElse("");
  }

  private String stateClass(String state) {
    return browser.findElements(By.cssSelector(".state[data-state='" + state + "']")).stream()
        .findFirst()
        .map(e -> e.getAttribute("class"))
        .orElse("");
  }

  private static void await(Supplier<Boolean> condition, String what) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      try {
        if (condition.get()) {
          return;
        }
      } catch (StaleElementReferenceException redrawn) {
        // The page redrew the element between finding and reading it; look again.
      }
      sleep();
    }
    screenshot("failure-" + what.replaceAll("[^A-Za-z]+", "-"));
    throw new AssertionError("Expected " + what + " within 20 s; the page shows: " + page());
  }

  private static String page() {
    return browser.findElement(By.tagName("main")).getText();
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void screenshot(String name) {
    try {
      Files.write(screenshots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
