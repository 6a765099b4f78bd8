package io.stepwise.tasks.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.tasks.functions.InvocationResult.FunctionError;
import io.stepwise.tasks.functions.InvocationResult.Returned;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java functions: handler classes compiled here against the two aws-lambda-java-core interfaces
 * they use (written out as a function's jar would bundle them), run by Stepwise's Java client with
 * the JVM that runs Stepwise.
 */
class JavaFunctionsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The parts of aws-lambda-java-core that the handlers below use, with the same names. */
  static final Map<String, String> CORE =
      Map.of(
          "com/amazonaws/services/lambda/runtime/Context.java",
          """
          package com.amazonaws.services.lambda.runtime;
          public interface Context {
            String getAwsRequestId();
            String getFunctionName();
            String getInvokedFunctionArn();
            int getMemoryLimitInMB();
            int getRemainingTimeInMillis();
            LambdaLogger getLogger();
          }
          """,
          "com/amazonaws/services/lambda/runtime/LambdaLogger.java",
          """
          package com.amazonaws.services.lambda.runtime;
          public interface LambdaLogger { void log(String message); }
          """,
          "com/amazonaws/services/lambda/runtime/RequestHandler.java",
          """
          package com.amazonaws.services.lambda.runtime;
          public interface RequestHandler<I, O> { O handleRequest(I input, Context context); }
          """,
          "com/amazonaws/services/lambda/runtime/RequestStreamHandler.java",
          """
          package com.amazonaws.services.lambda.runtime;
          import java.io.*;
          public interface RequestStreamHandler {
            void handleRequest(InputStream input, OutputStream output, Context context)
                throws IOException;
          }
          """);

  @TempDir static Path root;
  static LocalFunctions functions;

  @BeforeAll
  static void start() {
    functions =
        new LocalFunctions(
            new InMemoryFunctionRegistry(),
            LocalFunctionsOptions.defaults().withWorkDirectory(root.resolve("work")));
  }

  @AfterAll
  static void stop() {
    functions.close();
  }

  static FunctionConfiguration java(String name, String handler, String file, String source)
      throws Exception {
    Path code = Files.createDirectories(root.resolve(name));
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> entry : CORE.entrySet()) {
      files.add(write(root.resolve(name + "-src"), entry.getKey(), entry.getValue()));
    }
    files.add(write(root.resolve(name + "-src"), file, source));
    List<String> arguments = new ArrayList<>(List.of("-d", code.toString()));
    arguments.addAll(files);
    assertThat(
            ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, arguments.toArray(String[]::new)))
        .isZero();
    return new FunctionConfiguration(
        name,
        "eu-west-1",
        "123456789012",
        "java21",
        handler,
        code,
        Map.of(),
        15,
        512,
        java.util.OptionalInt.empty());
  }

  static String write(Path directory, String file, String source) throws Exception {
    Path path = directory.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, source);
    return path.toString();
  }

  static InvocationResult call(String name, String payload) throws Exception {
    return functions.invoke(name, payload).toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  @Test
  void aRequestHandlerGetsTheEventAsAMapAndItsContext() throws Exception {
    functions
        .registry()
        .put(
            java(
                "greeter",
                "example.Greeter::handleRequest",
                "example/Greeter.java",
                """
                package example;
                import com.amazonaws.services.lambda.runtime.*;
                import java.util.*;
                public class Greeter implements RequestHandler<Map<String, Object>, Map<String, Object>> {
                  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                    context.getLogger().log("greeting " + event.get("name") + "\\n");
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("greeting", "Hello, " + event.get("name"));
                    result.put("function", context.getFunctionName());
                    result.put("memory", context.getMemoryLimitInMB());
                    result.put("request", context.getAwsRequestId());
                    return result;
                  }
                }
                """));

    InvocationResult result = call("greeter", "{\"name\": \"Ada\"}");

    assertThat(result).isInstanceOf(Returned.class);
    assertThat(JSON.readTree(((Returned) result).payload()))
        .isEqualTo(
            JSON.createObjectNode()
                .put("greeting", "Hello, Ada")
                .put("function", "greeter")
                .put("memory", 512)
                .put("request", result.requestId()));
    assertThat(result.log()).contains("greeting Ada\n");
  }

  @Test
  void aThrownExceptionIsReportedWithItsClassName() throws Exception {
    functions
        .registry()
        .put(
            java(
                "refuser",
                "example.Refuser",
                "example/Refuser.java",
                """
                package example;
                import com.amazonaws.services.lambda.runtime.*;
                public class Refuser implements RequestHandler<String, String> {
                  public String handleRequest(String event, Context context) {
                    throw new IllegalStateException("refused " + event);
                  }
                }
                """));

    InvocationResult result = call("refuser", "\"order\"");

    assertThat(result).isInstanceOf(FunctionError.class);
    JsonNode error = JSON.readTree(((FunctionError) result).payload());
    assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(error.get("errorMessage").asText()).isEqualTo("refused order");
    assertThat(error.get("stackTrace").get(0).asText())
        .startsWith("example.Refuser.handleRequest(Refuser.java:");
  }

  @Test
  void aRequestStreamHandlerReadsAndWritesRawBytes() throws Exception {
    functions
        .registry()
        .put(
            java(
                "echo",
                "example.Echo::handleRequest",
                "example/Echo.java",
                """
                package example;
                import com.amazonaws.services.lambda.runtime.*;
                import java.io.*;
                public class Echo implements RequestStreamHandler {
                  public void handleRequest(InputStream in, OutputStream out, Context context)
                      throws IOException {
                    out.write(("{\\"echo\\":" + new String(in.readAllBytes()) + "}").getBytes());
                  }
                }
                """));

    InvocationResult result = call("echo", "[1,2]");

    assertThat(result)
        .isEqualTo(new Returned(result.requestId(), "{\"echo\":[1,2]}", result.log()));
  }
}
