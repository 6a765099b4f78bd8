package io.stepwise.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.ExecutionResult;
import io.stepwise.runtime.InMemoryRuntime;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.StepwiseServer;
import io.stepwise.server.Zips;
import io.stepwise.service.api.OperationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** The Lambda API through the AWS SDK's LambdaClient, against a server on a free port. */
class LambdaApiTest {
  private static final String ORDER_HANDLER =
      """
      import json

      def handler(event, context):
          order_id = event["order_id"]
          print("Processing order", order_id)
          return {"statusCode": 200, "body": json.dumps({"order_id": order_id})}
      """;

  @TempDir Path data;
  private StepwiseServer server;
  private LambdaApi lambdaApi;
  private TaskRegistry tasks;
  private LambdaClient lambda;

  @BeforeEach
  void start() {
    startServer();
  }

  @AfterEach
  void stop() {
    stopServer();
  }

  private void startServer() {
    ServerConfig config = ServerConfig.defaults().withAddress("127.0.0.1", 0);
    tasks = new TaskRegistry();
    lambdaApi = LambdaApi.open(data, config, tasks);
    server =
        StepwiseServer.start(
            config, OperationRegistry.builder().build(), Clock.systemUTC(), List.of(lambdaApi));
    lambda =
        LambdaClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.EU_WEST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
            .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build();
  }

  private void stopServer() {
    lambda.close();
    server.stop();
    lambdaApi.close();
  }

  @Test
  void createsAFunctionFromAZipAndInvokesItWithItsLogTail() {
    CreateFunctionResponse created = createPython("ProcessOrderLambda", ORDER_HANDLER);
    assertThat(created.functionArn())
        .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:ProcessOrderLambda");
    assertThat(created.runtime()).isEqualTo(Runtime.PYTHON3_12);
    assertThat(created.timeout()).isEqualTo(3);
    assertThat(created.memorySize()).isEqualTo(128);
    assertThat(created.codeSize()).isPositive();
    assertThat(created.codeSha256()).isNotBlank();
    assertThat(created.revisionId()).isNotBlank();

    InvokeResponse response =
        lambda.invoke(
            r ->
                r.functionName("ProcessOrderLambda")
                    .logType(LogType.TAIL)
                    .payload(SdkBytes.fromUtf8String("{\"order_id\": \"ORD-12345\"}")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.functionError()).isNull();
    assertThat(response.executedVersion()).isEqualTo("$LATEST");
    assertThat(json(response.payload()))
        .isEqualTo(
            json(
                SdkBytes.fromUtf8String(
                    "{\"statusCode\": 200, \"body\": \"{\\\"order_id\\\": \\\"ORD-12345\\\"}\"}")));
    String log =
        new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    assertThat(log).contains("Processing order ORD-12345");
  }

  @Test
  void queuesEventInvocationsAndChecksDryRuns() {
    createPython("Echo", "def handler(event, context):\n    return event\n");

    InvokeResponse queued =
        lambda.invoke(
            r ->
                r.functionName("Echo")
                    .invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String("{}")));
    InvokeResponse dryRun =
        lambda.invoke(r -> r.functionName("Echo").invocationType(InvocationType.DRY_RUN));

    assertThat(queued.statusCode()).isEqualTo(202);
    assertThat(dryRun.statusCode()).isEqualTo(204);
    assertThatThrownBy(
            () ->
                lambda.invoke(
                    r -> r.functionName("Missing").invocationType(InvocationType.DRY_RUN)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining(
            "Function not found: arn:aws:lambda:eu-west-1:123456789012:function:Missing");
  }

  @Test
  void reportsAnUnhandledErrorOfTheFunction() {
    createPython("Raising", "def handler(event, context):\n    raise ValueError('no order id')\n");

    InvokeResponse response =
        lambda.invoke(r -> r.functionName("Raising").payload(SdkBytes.fromUtf8String("{}")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.functionError()).isEqualTo("Unhandled");
    JsonNode error = json(response.payload());
    assertThat(error.path("errorMessage").asText()).isEqualTo("no order id");
    assertThat(error.path("errorType").asText()).isEqualTo("ValueError");
    assertThat(error.path("stackTrace").isArray()).isTrue();
  }

  @Test
  void updatesCodeAndConfiguration() {
    createPython("Greeter", "def handler(event, context):\n    return 'hello'\n");
    assertThat(invoke("Greeter")).isEqualTo("\"hello\"");

    lambda.updateFunctionCode(
        r ->
            r.functionName("Greeter")
                .zipFile(
                    Zips.of(
                        "app.py",
                        "import os\n\ndef handler(event, context):\n"
                            + "    return os.environ['GREETING']\n")));
    lambda.updateFunctionConfiguration(
        r ->
            r.functionName("Greeter")
                .timeout(10)
                .memorySize(256)
                .environment(e -> e.variables(Map.of("GREETING", "bonjour"))));

    assertThat(invoke("Greeter")).isEqualTo("\"bonjour\"");
    GetFunctionResponse function = lambda.getFunction(r -> r.functionName("Greeter"));
    assertThat(function.configuration().timeout()).isEqualTo(10);
    assertThat(function.configuration().memorySize()).isEqualTo(256);
    assertThat(function.configuration().environment().variables())
        .containsEntry("GREETING", "bonjour");
  }

  @Test
  void listsFunctionsPageByPage() {
    for (String name : List.of("c-function", "a-function", "b-function")) {
      createPython(name, "def handler(event, context):\n    return 1\n");
    }

    ListFunctionsResponse first = lambda.listFunctions(r -> r.maxItems(2));
    ListFunctionsResponse second =
        lambda.listFunctions(r -> r.maxItems(2).marker(first.nextMarker()));

    assertThat(first.functions())
        .extracting(f -> f.functionName())
        .containsExactly("a-function", "b-function");
    assertThat(second.functions()).extracting(f -> f.functionName()).containsExactly("c-function");
    assertThat(second.nextMarker()).isNull();
  }

  @Test
  void deletesAFunction() {
    createPython("Doomed", "def handler(event, context):\n    return 1\n");

    lambda.deleteFunction(r -> r.functionName("Doomed"));

    assertThatThrownBy(() -> lambda.getFunction(r -> r.functionName("Doomed")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining(
            "Function not found: arn:aws:lambda:eu-west-1:123456789012:function:Doomed");
    assertThat(Files.exists(data.resolve("functions").resolve("Doomed"))).isFalse();
  }

  @Test
  void refusesAnExistingNameAndAMissingRuntime() {
    createPython("Taken", "def handler(event, context):\n    return 1\n");

    assertThatThrownBy(() -> createPython("Taken", "def handler(event, context):\n    return 2\n"))
        .isInstanceOf(ResourceConflictException.class)
        .hasMessageContaining("Function already exist: Taken");
    assertThatThrownBy(
            () ->
                lambda.createFunction(
                    r ->
                        r.functionName("NoRuntime")
                            .role("arn:aws:iam::123456789012:role/lambda-role")
                            .handler("app.handler")
                            .code(c -> c.zipFile(Zips.of("app.py", "")))))
        .isInstanceOf(InvalidParameterValueException.class)
        .hasMessageContaining(
            "Runtime and Handler are mandatory parameters for functions created with deployment"
                + " packages.");
  }

  @Test
  void throttlesBeyondTheReservedConcurrency() {
    createPython("Closed", "def handler(event, context):\n    return 1\n");

    lambda.putFunctionConcurrency(r -> r.functionName("Closed").reservedConcurrentExecutions(0));

    assertThatThrownBy(() -> invoke("Closed"))
        .isInstanceOf(TooManyRequestsException.class)
        .hasMessageContaining("Rate Exceeded.")
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            e ->
                assertThat(e.reasonAsString())
                    .isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded"));
  }

  @Test
  void runsCodeFromALocalDirectory() throws IOException {
    Path code = Files.createDirectories(data.resolve("local-code"));
    Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    return 'local'\n");

    lambda.createFunction(
        r ->
            r.functionName("Local")
                .runtime(Runtime.PYTHON3_12)
                .handler("app.handler")
                .role("arn:aws:iam::123456789012:role/lambda-role")
                .code(c -> c.s3Bucket("stepwise-local").s3Key(code.toString())));

    assertThat(invoke("Local")).isEqualTo("\"local\"");
  }

  @Test
  void taskStatesReachEveryFunctionArnAndMissOnesAsAwsDoes() throws IOException {
    String arn = "arn:aws:lambda:eu-west-1:123456789012:function:Task";
    createPython("Task", "def handler(event, context):\n    return 1\n");

    assertThat(runTask(arn).output().asInt()).isEqualTo(1);
    assertThat(runTask(arn + ":$LATEST").output().asInt()).isEqualTo(1);
    assertThat(runTask(arn + ":prod").error()).isEqualTo("Lambda.ResourceNotFoundException");
    assertThat(runTask(arn + "Missing").error()).isEqualTo("Lambda.ResourceNotFoundException");
    assertThat(runTask(arn.replace("eu-west-1", "us-east-1")).error())
        .isEqualTo("Lambda.ResourceNotFoundException");
  }

  private ExecutionResult runTask(String resource) throws IOException {
    return runTask(resource, "{}");
  }

  private ExecutionResult runTask(String resource, String input) throws IOException {
    String definition =
        "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"%s\", \"End\": true}}}"
            .formatted(resource);
    return new InMemoryRuntime(tasks)
        .run(DefinitionParser.parse(definition).machine(), new ObjectMapper().readTree(input));
  }

  @Test
  void aStateMachineRunsAFunctionCreatedThroughTheApi() throws IOException {
    createPython("ProcessOrderLambda", ORDER_HANDLER);
    String definition =
        """
        {"StartAt": "ProcessOrder", "States": {"ProcessOrder": {"Type": "Task",
          "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:ProcessOrderLambda",
          "End": true}}}""";

    ExecutionResult result =
        new InMemoryRuntime(tasks)
            .run(
                DefinitionParser.parse(definition).machine(),
                new ObjectMapper().readTree("{\"order_id\": \"ORD-12345\"}"));

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().path("statusCode").asInt()).isEqualTo(200);
    assertThat(result.output().path("body").asText()).isEqualTo("{\"order_id\": \"ORD-12345\"}");
  }

  @Test
  void refusesAPayloadThatIsNotJsonAndAnOutOfRangeTimeout() {
    createPython("Strict", "def handler(event, context):\n    return 1\n");

    assertThatThrownBy(
            () ->
                lambda.invoke(
                    r -> r.functionName("Strict").payload(SdkBytes.fromUtf8String("not json"))))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e ->
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("InvalidRequestContentException"))
        .hasMessageContaining("Could not parse request body into json");
    assertThatThrownBy(
            () -> lambda.updateFunctionConfiguration(r -> r.functionName("Strict").timeout(0)))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "1 validation error detected: Value '0' at 'timeout' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 1");
  }

  @Test
  void restartsALocalDirectorysWorkersWhenItsCodeIsUpdated() throws IOException {
    Path code = Files.createDirectories(data.resolve("edited"));
    Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    return 1\n");
    lambda.createFunction(
        r ->
            r.functionName("Edited")
                .runtime(Runtime.PYTHON3_12)
                .handler("app.handler")
                .role("arn:aws:iam::123456789012:role/lambda-role")
                .code(c -> c.s3Bucket("stepwise-local").s3Key(code.toString())));
    assertThat(invoke("Edited")).isEqualTo("1");

    Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    return 2\n");
    lambda.updateFunctionCode(
        r -> r.functionName("Edited").s3Bucket("stepwise-local").s3Key(code.toString()));

    assertThat(invoke("Edited")).isEqualTo("2");
  }

  @Test
  void createsAFunctionWhoseRuntimeCannotStartAndFailsItsInvocations() {
    lambda.createFunction(
        r ->
            r.functionName("NoBootstrap")
                .runtime(Runtime.PROVIDED_AL2023)
                .handler("unused")
                .role("arn:aws:iam::123456789012:role/lambda-role")
                .code(c -> c.zipFile(Zips.of("README", "no bootstrap here"))));

    InvokeResponse response =
        lambda.invoke(r -> r.functionName("NoBootstrap").payload(SdkBytes.fromUtf8String("{}")));

    assertThat(response.functionError()).isEqualTo("Unhandled");
    assertThat(json(response.payload()).path("errorType").asText())
        .isEqualTo("Runtime.InvalidEntrypoint");
  }

  @Test
  void keepsFunctionsAcrossARestart() throws IOException {
    createPython("Durable", ORDER_HANDLER);

    stopServer();
    startServer();

    assertThat(
            runTask(
                    "arn:aws:lambda:eu-west-1:123456789012:function:Durable",
                    "{\"order_id\": \"ORD-1\"}")
                .output()
                .path("statusCode")
                .asInt())
        .isEqualTo(200);
    assertThat(lambda.getFunctionConfiguration(r -> r.functionName("Durable")).handler())
        .isEqualTo("app.handler");
    assertThat(
            lambda
                .invoke(
                    r ->
                        r.functionName("Durable")
                            .payload(SdkBytes.fromUtf8String("{\"order_id\": \"ORD-1\"}")))
                .payload()
                .asUtf8String())
        .contains("ORD-1");
  }

  private static JsonNode json(SdkBytes bytes) {
    try {
      return new ObjectMapper().readTree(bytes.asByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String invoke(String name) {
    return lambda
        .invoke(r -> r.functionName(name).payload(SdkBytes.fromUtf8String("{}")))
        .payload()
        .asUtf8String();
  }

  private CreateFunctionResponse createPython(String name, String source) {
    return lambda.createFunction(
        r ->
            r.functionName(name)
                .runtime(Runtime.PYTHON3_12)
                .handler("app.handler")
                .role("arn:aws:iam::123456789012:role/lambda-role")
                .code(c -> c.zipFile(Zips.of("app.py", source))));
  }
}
