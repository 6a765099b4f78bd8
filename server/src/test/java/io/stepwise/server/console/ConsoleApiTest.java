package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.runtime.durable.DurableRuntime;
import io.stepwise.server.SdkClients;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.StepwiseNode;
import io.stepwise.server.StepwiseServer;
import io.stepwise.server.auth.AccessKeys;
import io.stepwise.service.StepFunctionsApi;
import io.stepwise.store.sqlite.SqliteStore;
import io.stepwise.tasks.functions.FunctionLogs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** The console's page and JSON API, on a SQLite store and the durable runtime. */
class ConsoleApiTest {
  static final String ROLE = "arn:aws:iam::123456789012:role/StepwiseConsole";
  static final String CAUGHT =
      """
      {"StartAt":"Check","States":{
        "Check":{"Type":"Choice","Choices":[
          {"Variable":"$.fail","BooleanEquals":true,"Next":"Explode"}],"Default":"Done"},
        "Explode":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:missing",
          "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Recovered"}],"Next":"Done"},
        "Recovered":{"Type":"Fail","Error":"Recovered.Failure","Cause":"the input asked to fail"},
        "Done":{"Type":"Succeed"}}}""";
  static final String WAIT =
      """
      {"StartAt":"Pause","States":{"Pause":{"Type":"Wait","Seconds":60,"Next":"After"},
        "After":{"Type":"Pass","End":true}}}""";

  @TempDir Path directory;
  private final VirtualClock clock =
      new VirtualClock(Instant.parse("2026-01-02T03:04:05Z").toEpochMilli());
  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private SqliteStore store;
  private DurableRuntime runtime;
  private Console console;
  private StepwiseServer server;
  private SfnClient sfn;
  private final TaskRegistry tasks = new TaskRegistry();

  @BeforeEach
  void start() {
    store = SqliteStore.openDirectory(directory);
    runtime = DurableRuntime.open(store, tasks, clock);
    console = new Console(store, new FunctionLogs(Clock.systemUTC()));
    server =
        StepwiseServer.start(
            ServerConfig.defaults().withAddress("127.0.0.1", 0),
            StepFunctionsApi.build(store, runtime, tasks, Clock.systemUTC()),
            Clock.systemUTC(),
            List.of(console));
    sfn = SdkClients.client(server.endpoint(), "AKID", "secret");
  }

  @AfterEach
  void stop() {
    sfn.close();
    console.close();
    server.stop();
    runtime.close();
    store.close();
  }

  @Test
  void servesThePageItsScriptsAndTheLayoutLibraryFromTheJar() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).contains("<title>Stepwise console</title>");

    HttpResponse<String> layout = get("/console/vendor/dagre.min.js");
    assertThat(layout.statusCode()).isEqualTo(200);
    assertThat(layout.body()).contains("graphlib");
    assertThat(get("/console/app.js").body()).contains("hashchange");
    assertThat(get("/console/missing.js").statusCode()).isEqualTo(404);
    assertThat(get("/console/..%2Fconsole.css").statusCode()).isEqualTo(404);
  }

  @Test
  void refusesUnsignedCallsAsTheStepFunctionsApiDoesWhenTheServerHasCredentials() throws Exception {
    StepwiseServer signing =
        StepwiseServer.start(
            ServerConfig.defaults()
                .withAddress("127.0.0.1", 0)
                .withAccessKeys(AccessKeys.parse("AKIDCONSOLE:console/Secret+1")),
            StepFunctionsApi.build(store, runtime, tasks, Clock.systemUTC()),
            Clock.systemUTC(),
            List.of(console));
    try {
      URI base = signing.endpoint();
      for (String path :
          List.of("/console/api/state-machines", "/console/api/execution/events?arn=x")) {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(base.resolve(path)));
        assertThat(refused.statusCode()).as(path).isEqualTo(400);
        assertThat(refused.headers().firstValue("x-amzn-ErrorType"))
            .hasValue("MissingAuthenticationTokenException");
        JsonNode error = mapper.readTree(refused.body());
        assertThat(error.path("__type").asText()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(error.path("message").asText())
            .isEqualTo("Request is missing Authentication Token");
      }
      assertThat(send(HttpRequest.newBuilder(base.resolve("/"))).statusCode())
          .as("the page itself is open, so that it can ask for a key pair")
          .isEqualTo(200);

      HttpResponse<String> wrongSecret =
          send(signedGet(base.resolve("/console/api/state-machines?limit=5"), "not-the-secret"));
      assertThat(wrongSecret.headers().firstValue("x-amzn-ErrorType"))
          .hasValue("InvalidSignatureException");
      HttpResponse<String> signed =
          send(signedGet(base.resolve("/console/api/state-machines?limit=5"), "console/Secret+1"));
      assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
      assertThat(mapper.readTree(signed.body()).path("stateMachines").isArray()).isTrue();
    } finally {
      signing.stop();
    }
  }

  /** A GET request signed by the SDK's own signer, as key AKIDCONSOLE with {@code secret}. */
  private static HttpRequest.Builder signedGet(URI uri, String secret) {
    SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.GET).uri(uri).build();
    SdkHttpRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(AwsCredentialsIdentity.create("AKIDCONSOLE", secret))
                        .request(request)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "states")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1"))
            .request();
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
    signed
        .headers()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Host")) {
                builder.header(name, String.join(",", values));
              }
            });
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void keepsTheRecentLogsOfEachLocalFunctionWithoutItsEnvironment() throws Exception {
    Path data = directory.resolve("node");
    try (StepwiseNode node =
            StepwiseNode.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), data);
        LambdaClient lambda = SdkClients.lambda(node.endpoint(), "AKID", "secret")) {
      SdkClients.createPythonFunction(
          lambda,
          "Greeter",
          """
                                  import sys
                                  def handler(event, context):
                                      print("Hello, " + event["name"])
                                      print("warned " + event["name"], file=sys.stderr)
                                      return {"ok": True}
                                  """,
          Map.of("API_TOKEN", "tok-4f9a-secret"));
      for (String name : List.of("Ada", "Grace")) {
        lambda.invoke(
            r ->
                r.functionName("Greeter")
                    .payload(SdkBytes.fromUtf8String("{\"name\": \"" + name + "\"}")));
      }
      URI base = node.endpoint();

      HttpResponse<String> all =
          send(HttpRequest.newBuilder(base.resolve("/console/api/function-logs?name=Greeter")));
      JsonNode invocations = mapper.readTree(all.body()).path("invocations");

      assertThat(all.statusCode()).isEqualTo(200);
      assertThat(invocations).hasSize(2);
      JsonNode first = invocations.get(0);
      String requestId = first.path("requestId").asText();
      assertThat(first.path("log").asText())
          .startsWith("START RequestId: " + requestId)
          .contains("Hello, Ada\n", "warned Ada\n", "END RequestId: " + requestId)
          .contains("REPORT RequestId: " + requestId + "\tDuration: ");
      assertThat(invocations.get(1).path("log").asText()).contains("Hello, Grace");
      assertThat(invocations.get(1).path("timestamp").asLong())
          .isGreaterThanOrEqualTo(first.path("timestamp").asLong());
      assertThat(all.body()).as("the environment never shows").doesNotContain("tok-4f9a-secret");
      long seen = first.path("sequence").asLong();
      JsonNode newer =
          mapper.readTree(
              send(HttpRequest.newBuilder(
                      base.resolve("/console/api/function-logs?name=Greeter&after=" + seen)))
                  .body());
      assertThat(newer.path("invocations")).hasSize(1);
      assertThat(newer.path("invocations").get(0).path("log").asText()).contains("Hello, Grace");
      assertThat(
              mapper
                  .readTree(
                      send(HttpRequest.newBuilder(
                              base.resolve("/console/api/function-logs?name=Nobody")))
                          .body())
                  .path("invocations"))
          .isEmpty();
      HttpResponse<String> badAfter =
          send(
              HttpRequest.newBuilder(
                  base.resolve("/console/api/function-logs?name=Greeter&after=soon")));
      assertThat(badAfter.statusCode()).isEqualTo(400);
      assertThat(mapper.readTree(badAfter.body()).path("message").asText())
          .isEqualTo("Expected the query parameter after to be a whole number, but it is soon");
      assertThat(
              send(HttpRequest.newBuilder(base.resolve("/console/api/function-logs"))).statusCode())
          .isEqualTo(400);
    }
  }

  @Test
  void listsTheChildExecutionsOfAMapRunFromItsExecutionsEvents() throws Exception {
    String machine =
        machine(
            "Items",
            """
            {"StartAt":"Each","States":{"Each":{"Type":"Map","Label":"each","End":true,
              "ToleratedFailureCount":1,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                "StartAt":"Check","States":{
                  "Check":{"Type":"Choice","Default":"Fine",
                    "Choices":[{"Variable":"$","NumericEquals":2,"Next":"Broken"}]},
                  "Broken":{"Type":"Fail","Error":"Item.Broken","Cause":"item 2 is broken"},
                  "Fine":{"Type":"Pass","Result":"fine","End":true}}}}}}""");
    String execution = start(machine, "items-1", "[1, 2, 3]");
    awaitEnd(execution);
    String mapRun =
        sfn.listMapRuns(r -> r.executionArn(execution)).mapRuns().getFirst().mapRunArn();

    JsonNode children =
        json("/console/api/map-run/children?executionArn="
                + encode(execution)
                + "&mapRunArn="
                + encode(mapRun))
            .path("childExecutions");

    assertThat(children).hasSize(3);
    assertThat(children.findValuesAsText("status"))
        .containsExactly("SUCCEEDED", "FAILED", "SUCCEEDED");
    assertThat(children.findValuesAsText("input")).containsExactly("1", "2", "3");
    assertThat(children.get(0).path("output").asText()).isEqualTo("\"fine\"");
    assertThat(children.get(1).path("error").asText()).isEqualTo("Item.Broken");
    assertThat(children.get(1).path("cause").asText()).isEqualTo("item 2 is broken");
    assertThat(children.get(2).path("index").asInt()).isEqualTo(2);
    assertThat(children.get(2).path("stopDate").asLong())
        .isGreaterThanOrEqualTo(children.get(2).path("startDate").asLong());
    String unknownRun = mapRun.substring(0, mapRun.lastIndexOf('-')) + "-999";
    assertThat(
            get("/console/api/map-run/children?executionArn="
                    + encode(execution)
                    + "&mapRunArn="
                    + encode(unknownRun))
                .statusCode())
        .isEqualTo(404);
    assertThat(get("/console/api/map-run/children?mapRunArn=" + encode(mapRun)).statusCode())
        .isEqualTo(400);
  }

  @Test
  void theStepFunctionsApiStillAnswersPostsToTheRoot() {
    assertThat(sfn.listStateMachines(r -> {}).stateMachines()).isEmpty();
  }

  @Test
  void listsMachinesAndShowsOneWithItsGraphVersionsAndAliases() throws Exception {
    String arn = machine("Caught", CAUGHT);
    sfn.publishStateMachineVersion(r -> r.stateMachineArn(arn));
    awaitEnd(start(arn, "order-1", "{\"fail\":true}"));
    awaitEnd(start(arn, "order-2", "{\"fail\":false}"));
    awaitEnd(start(arn, "order-3", "{\"fail\":false}"));

    JsonNode list = json("/console/api/state-machines");
    JsonNode machine = list.path("stateMachines").get(0);
    assertThat(machine.path("name").asText()).isEqualTo("Caught");
    assertThat(machine.path("type").asText()).isEqualTo("STANDARD");
    assertThat(machine.path("executionCounts").toString())
        .isEqualTo("{\"SUCCEEDED\":2,\"FAILED\":1}");

    JsonNode detail = json("/console/api/state-machine?arn=" + encode(arn));
    assertThat(detail.path("versions").get(0).path("number").asInt()).isEqualTo(1);
    assertThat(detail.path("definition").asText()).isEqualTo(CAUGHT);
    assertThat(DefinitionGraphTest.edges(detail.path("graph")))
        .contains(
            "#start->Check next",
            "Check->Explode choice $.fail BooleanEquals true",
            "Check->Done default Default",
            "Explode->Recovered catch States.ALL",
            "Explode->Done next",
            "Recovered->#end end",
            "Done->#end end");
  }

  @Test
  void listsExecutionsAcrossMachinesByStatusAndNameInPages() throws Exception {
    String caught = machine("Caught", CAUGHT);
    String waits = machine("Waits", WAIT);
    awaitEnd(start(caught, "order-1", "{\"fail\":true}"));
    awaitEnd(start(caught, "order-2", "{\"fail\":false}"));
    start(waits, "refund-1", "{}");

    assertThat(names(json("/console/api/executions")))
        .containsExactly("refund-1", "order-2", "order-1");
    assertThat(names(json("/console/api/executions?status=FAILED"))).containsExactly("order-1");
    assertThat(names(json("/console/api/executions?name=ORDER")))
        .containsExactly("order-2", "order-1");
    assertThat(names(json("/console/api/executions?stateMachineArn=" + encode(waits))))
        .containsExactly("refund-1");
    JsonNode first = json("/console/api/executions?limit=2");
    assertThat(names(first)).containsExactly("refund-1", "order-2");
    JsonNode second =
        json("/console/api/executions?limit=2&cursor=" + encode(first.path("nextCursor").asText()));
    assertThat(names(second)).containsExactly("order-1");
    assertThat(second.path("nextCursor").isNull()).isTrue();
    assertThat(get("/console/api/executions?status=SLEEPING").statusCode()).isEqualTo(400);
  }

  @Test
  void showsWhatHappenedToEachStateOfAFailedExecution() throws Exception {
    String machine = machine("Caught", CAUGHT);
    String execution = start(machine, "order-1", "{\"fail\":true}");
    awaitEnd(execution);

    JsonNode detail = json("/console/api/execution?arn=" + encode(execution));

    assertThat(detail.path("execution").path("status").asText()).isEqualTo("FAILED");
    JsonNode states = detail.path("states");
    assertThat(states.path("Check").path("status").asText()).isEqualTo("succeeded");
    assertThat(states.path("Explode").path("status").asText()).isEqualTo("caught");
    assertThat(states.path("Explode").path("error").asText()).isEqualTo("States.TaskFailed");
    assertThat(states.path("Recovered").path("status").asText()).isEqualTo("failed");
    assertThat(states.path("Recovered").path("error").asText()).isEqualTo("Recovered.Failure");
    assertThat(states.path("Recovered").path("cause").asText())
        .isEqualTo("the input asked to fail");
    assertThat(states.has("Done")).isFalse();
    assertThat(states.path("Check").path("input").asText()).isEqualTo("{\"fail\":true}");
    assertThat(detail.path("events").get(0).path("type").asText()).isEqualTo("ExecutionStarted");
    assertThat(detail.path("graph").path("nodes").size()).isEqualTo(6);
    assertThat(
            get("/console/api/execution?arn=arn:aws:states:us-east-1:1:execution:x:y").statusCode())
        .isEqualTo(404);
  }

  @Test
  void streamsTheNewEventsOfARunningExecutionUntilItEnds() throws Exception {
    String execution = start(machine("Waits", WAIT), "pause-1", "{}");
    awaitEvents(execution, 2);

    CompletableFuture<List<String>> stream =
        CompletableFuture.supplyAsync(() -> readStream(execution, 2));
    Thread.sleep(300);
    clock.advanceBy(Duration.ofSeconds(60));
    List<String> lines = stream.get();

    List<String> types =
        lines.stream().filter(l -> l.startsWith("data: {\"timestamp\"")).map(this::type).toList();
    assertThat(types)
        .containsExactly(
            "WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    assertThat(lines).contains("id: 3", "id: 6", "event: end");
    assertThat(lines.getLast()).contains("\"status\":\"SUCCEEDED\"");
  }

  @Test
  void aStreamResumesAfterTheLastEventIdItWasGiven() throws Exception {
    String execution = start(machine("Caught", CAUGHT), "order-1", "{\"fail\":false}");
    awaitEnd(execution);
    int total = sfn.getExecutionHistory(r -> r.executionArn(execution)).events().size();

    List<String> lines = readStream(execution, total - 1);

    assertThat(lines.stream().filter(l -> l.startsWith("id: "))).containsExactly("id: " + total);
  }

  private List<String> readStream(String execution, long after) {
    HttpRequest request =
        HttpRequest.newBuilder(
                server
                    .endpoint()
                    .resolve(
                        "/console/api/execution/events?arn="
                            + encode(execution)
                            + "&after="
                            + after))
            .build();
    try {
      HttpResponse<java.io.InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
      List<String> lines = new ArrayList<>();
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isEmpty()) {
            lines.add(line);
          }
        }
      }
      return lines;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private String type(String dataLine) {
    try {
      return mapper.readTree(dataLine.substring("data: ".length())).path("type").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String machine(String name, String definition) {
    return sfn.createStateMachine(r -> r.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  private String start(String machine, String name, String input) {
    return sfn.startExecution(r -> r.stateMachineArn(machine).name(name).input(input))
        .executionArn();
  }

  private void awaitEnd(String execution) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      if (sfn.describeExecution(r -> r.executionArn(execution)).status()
          != ExecutionStatus.RUNNING) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("Expected " + execution + " to end");
  }

  private void awaitEvents(String execution, int count) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      if (sfn.getExecutionHistory(r -> r.executionArn(execution)).events().size() >= count) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("Expected " + count + " events of " + execution);
  }

  private static List<String> names(JsonNode page) {
    return StreamSupport.stream(page.path("executions").spliterator(), false)
        .map(e -> e.path("name").asText())
        .toList();
  }

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return mapper.readTree(response.body());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.endpoint() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
