package io.stepwise.tasks.functions;

import static io.stepwise.tasks.functions.FunctionFixtures.python;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.tasks.functions.InvocationResult.FunctionError;
import io.stepwise.tasks.functions.InvocationResult.Rejected;
import io.stepwise.tasks.functions.InvocationResult.Returned;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonFunctionsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path root;
  static LocalFunctions functions;

  @BeforeAll
  static void start() {
    FunctionFixtures.requireInstalled("python3");
    functions =
        new LocalFunctions(
            new InMemoryFunctionRegistry(),
            LocalFunctionsOptions.defaults().withWorkDirectory(root.resolve("work")));
  }

  @AfterAll
  static void stop() {
    functions.close();
  }

  static InvocationResult call(String name, String payload) throws Exception {
    CompletionStage<InvocationResult> result = functions.invoke(name, payload);
    return result.toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  static JsonNode returned(InvocationResult result) throws Exception {
    assertThat(result).isInstanceOf(Returned.class);
    return JSON.readTree(((Returned) result).payload());
  }

  static JsonNode error(InvocationResult result) throws Exception {
    assertThat(result).isInstanceOf(FunctionError.class);
    return JSON.readTree(((FunctionError) result).payload());
  }

  @Test
  void theTutorialFunctionReturnsItsResponseAndItsPrintedLineIsInTheLog() throws Exception {
    functions
        .registry()
        .put(
            python(
                root,
                "ProcessOrderLambda",
                """
                import json

                def handler(event, context):
                    order_id = event["order_id"]
                    print(f"Traitement de la commande {order_id}")
                    return {"statusCode": 200, "body": json.dumps({"message": "Commande traitée", "order_id": order_id})}
                """));

    InvocationResult result = call("ProcessOrderLambda", "{\"order_id\": \"ORD-12345\"}");

    assertThat(returned(result))
        .isEqualTo(
            JSON.readTree(
                """
                {"statusCode": 200,
                 "body": "{\\"message\\": \\"Commande trait\\\\u00e9e\\", \\"order_id\\": \\"ORD-12345\\"}"}"""));
    assertThat(result.log())
        .startsWith("START RequestId: " + result.requestId() + " Version: $LATEST\n")
        .contains("Traitement de la commande ORD-12345\n")
        .contains("END RequestId: " + result.requestId() + "\n")
        .contains("REPORT RequestId: " + result.requestId() + "\tDuration: ");
  }

  @Test
  void aWarmWorkerServesTheNextInvocation() throws Exception {
    functions
        .registry()
        .put(python(root, "pid", "import os\ndef handler(e, c):\n    return os.getpid()\n"));

    long first = returned(call("pid", "{}")).asLong();
    long second = returned(call("pid", "{}")).asLong();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void aChangedConfigurationRetiresTheWarmWorkers() throws Exception {
    String source =
        "import os\ndef handler(e, c):\n    return [os.getpid(), os.environ['STAGE']]\n";
    FunctionConfiguration function =
        python(root, "staged", source).withEnvironment(Map.of("STAGE", "blue"));
    functions.registry().put(function);
    JsonNode before = returned(call("staged", "{}"));

    functions.registry().put(function.withEnvironment(Map.of("STAGE", "green")));
    JsonNode after = returned(call("staged", "{}"));

    assertThat(before.get(1).asText()).isEqualTo("blue");
    assertThat(after.get(1).asText()).isEqualTo("green");
    assertThat(ProcessHandle.of(before.get(0).asLong()).map(p -> p.onExit().join().isAlive()))
        .isNotEqualTo(java.util.Optional.of(true));
  }

  @Test
  void theContextAndTheEnvironmentAreLambdas() throws Exception {
    functions
        .registry()
        .put(
            python(
                    root,
                    "context",
                    """
                    import os

                    def handler(event, context):
                        return {
                            "request": context.aws_request_id,
                            "name": context.function_name,
                            "arn": context.invoked_function_arn,
                            "memory": context.memory_limit_in_mb,
                            "remaining": context.get_remaining_time_in_millis(),
                            "env": {k: os.environ.get(k) for k in [
                                "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
                                "AWS_LAMBDA_FUNCTION_VERSION", "AWS_REGION", "_HANDLER", "TZ",
                                "LAMBDA_TASK_ROOT", "GREETING"]},
                            "api": os.environ["AWS_LAMBDA_RUNTIME_API"].startswith("127.0.0.1:"),
                        }
                    """)
                .withEnvironment(Map.of("GREETING", "bonjour"))
                .withMemorySize(256)
                .withTimeoutSeconds(7));

    InvocationResult result = call("context", "{}");
    JsonNode value = returned(result);

    assertThat(value.get("request").asText()).isEqualTo(result.requestId());
    assertThat(value.get("name").asText()).isEqualTo("context");
    assertThat(value.get("arn").asText())
        .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:context");
    assertThat(value.get("memory").asText()).isEqualTo("256");
    assertThat(value.get("remaining").asLong()).isBetween(5_000L, 7_000L);
    assertThat(value.get("api").asBoolean()).isTrue();
    assertThat(value.get("env"))
        .isEqualTo(
            JSON.valueToTree(
                Map.of(
                    "AWS_LAMBDA_FUNCTION_NAME", "context",
                    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256",
                    "AWS_LAMBDA_FUNCTION_VERSION", "$LATEST",
                    "AWS_REGION", "eu-west-1",
                    "_HANDLER", "app.handler",
                    "TZ", ":UTC",
                    "LAMBDA_TASK_ROOT", root.resolve("context").toString(),
                    "GREETING", "bonjour")));
  }

  @Test
  void aRaisedExceptionIsReportedWithItsTypeMessageAndStack() throws Exception {
    functions
        .registry()
        .put(
            python(
                root,
                "raises",
                """
                class OrderInvalid(Exception):
                    pass

                def handler(event, context):
                    raise OrderInvalid("order ORD-1 has no lines")
                """));

    InvocationResult result = call("raises", "{}");
    JsonNode error = error(result);

    assertThat(error.get("errorType").asText()).isEqualTo("OrderInvalid");
    assertThat(error.get("errorMessage").asText()).isEqualTo("order ORD-1 has no lines");
    assertThat(error.get("requestId").asText()).isEqualTo(result.requestId());
    assertThat(error.get("stackTrace")).hasSize(1);
    assertThat(error.get("stackTrace").get(0).asText())
        .contains("app.py\", line 5, in handler")
        .contains("raise OrderInvalid(\"order ORD-1 has no lines\")");
    assertThat(result.log()).contains("[ERROR] OrderInvalid: order ORD-1 has no lines");
  }

  @Test
  void aModuleThatCannotBeImportedFailsWithImportModuleError() throws Exception {
    functions.registry().put(python(root, "broken", "import no_such_module\n"));

    JsonNode error = error(call("broken", "{}"));

    assertThat(error.get("errorType").asText()).isEqualTo("Runtime.ImportModuleError");
    assertThat(error.get("errorMessage").asText())
        .isEqualTo("Unable to import module 'app': No module named 'no_such_module'");
  }

  @Test
  void aTimeoutKillsTheWorkerAndReportsSandboxTimedout() throws Exception {
    functions
        .registry()
        .put(
            python(
                    root,
                    "slow",
                    """
                    import os, time

                    def handler(event, context):
                        if event.get("sleep"):
                            print("going to sleep")
                            time.sleep(30)
                        return os.getpid()
                    """)
                .withTimeoutSeconds(1));
    long pid = returned(call("slow", "{}")).asLong();

    InvocationResult result = call("slow", "{\"sleep\": true}");

    assertThat(error(result))
        .isEqualTo(
            JSON.readTree(
                "{\"errorType\":\"Sandbox.Timedout\",\"errorMessage\":\"RequestId: "
                    + result.requestId()
                    + " Error: Task timed out after 1.00 seconds\"}"));
    assertThat(result.log())
        .contains("going to sleep")
        .contains(result.requestId() + " Task timed out after 1.00 seconds");
    assertThat(ProcessHandle.of(pid).map(p -> p.onExit().join().isAlive()).orElse(false)).isFalse();
    assertThat(returned(call("slow", "{}")).asLong()).isNotEqualTo(pid);
  }

  @Test
  void aCrashInTheMiddleOfAnInvocationFailsItAndANewWorkerTakesOver() throws Exception {
    functions
        .registry()
        .put(
            python(
                root,
                "crash",
                """
                import os

                def handler(event, context):
                    if event.get("crash"):
                        os._exit(3)
                    return os.getpid()
                """));
    long pid = returned(call("crash", "{}")).asLong();

    InvocationResult crashed = call("crash", "{\"crash\": true}");

    assertThat(error(crashed))
        .isEqualTo(
            JSON.readTree(
                "{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":\"RequestId: "
                    + crashed.requestId()
                    + " Error: Runtime exited with error: exit status 3\"}"));
    assertThat(returned(call("crash", "{}")).asLong()).isNotEqualTo(pid);
  }

  @Test
  void invocationsBeyondTheReservedConcurrencyAreThrottled() throws Exception {
    functions
        .registry()
        .put(
            python(
                    root,
                    "single",
                    "import time\ndef handler(e, c):\n    time.sleep(1)\n    return 1\n")
                .withReservedConcurrency(1));

    CompletionStage<InvocationResult> first = functions.invoke("single", "{}");
    InvocationResult second = call("single", "{}");

    assertThat(second).isInstanceOf(Rejected.class);
    assertThat(((Rejected) second).errorCode()).isEqualTo("TooManyRequestsException");
    assertThat(((Rejected) second).statusCode()).isEqualTo(429);
    assertThat(returned(first.toCompletableFuture().get(30, TimeUnit.SECONDS)).asInt())
        .isEqualTo(1);
    assertThat(returned(call("single", "{}")).asInt()).isEqualTo(1);
  }

  @Test
  void anUnknownFunctionIsNotFound() throws Exception {
    InvocationResult result = call("arn:aws:lambda:eu-west-1:123456789012:function:nope", "{}");

    assertThat(result)
        .isEqualTo(
            new Rejected(
                result.requestId(),
                "ResourceNotFoundException",
                404,
                "Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope"));
  }

  @Test
  void aMissingInterpreterFailsTheInvocationNamingIt(@TempDir Path emptyPath) throws Exception {
    try (LocalFunctions withoutPython =
        new LocalFunctions(
            new InMemoryFunctionRegistry(),
            LocalFunctionsOptions.defaults()
                .withWorkDirectory(root.resolve("work2"))
                .withSearchPath(emptyPath.toString()))) {
      withoutPython.registry().put(python(root, "nopython", "def handler(e, c):\n    return 1\n"));

      InvocationResult result =
          withoutPython.invoke("nopython", "{}").toCompletableFuture().get(30, TimeUnit.SECONDS);

      assertThat(error(result).get("errorType").asText()).isEqualTo("Runtime.InvalidEntrypoint");
      assertThat(error(result).get("errorMessage").asText())
          .isEqualTo(
              "RequestId: "
                  + result.requestId()
                  + " Error: python3 is not installed: Stepwise runs python3.12 functions with the"
                  + " machine's python3, and none was found on the PATH");
    }
  }
}
