package io.stepwise.tasks.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.tasks.functions.InvocationResult.Returned;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code provided.al2023} function whose own bootstrap speaks the Runtime API. */
class CustomRuntimeTest {

  @Test
  void theBootstrapOfTheCodeRunsAndAnswersThroughTheRuntimeApi(@TempDir Path root)
      throws Exception {
    FunctionFixtures.requireInstalled("python3");
    // A bootstrap written as custom runtimes are: plain HTTP against AWS_LAMBDA_RUNTIME_API.
    Path code =
        FunctionFixtures.code(
            root,
            "custom",
            "bootstrap",
            """
            #!/usr/bin/env python3
            import os, urllib.request
            api = "http://" + os.environ["AWS_LAMBDA_RUNTIME_API"] + "/2018-06-01/runtime/invocation/"
            while True:
                with urllib.request.urlopen(api + "next") as response:
                    request_id = response.headers["Lambda-Runtime-Aws-Request-Id"]
                    event = response.read().decode()
                body = ('{"echo": %s, "handler": "%s"}' % (event, os.environ["_HANDLER"])).encode()
                urllib.request.urlopen(urllib.request.Request(api + request_id + "/response", body)).read()
            """);
    Files.setPosixFilePermissions(
        code.resolve("bootstrap"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    try (LocalFunctions functions =
        new LocalFunctions(
            new InMemoryFunctionRegistry(),
            LocalFunctionsOptions.defaults().withWorkDirectory(root.resolve("work")))) {
      functions
          .registry()
          .put(
              FunctionConfiguration.of(
                  "custom",
                  "us-east-1",
                  "123456789012",
                  "provided.al2023",
                  "function.handler",
                  code));

      InvocationResult result =
          functions.invoke("custom", "{\"n\":1}").toCompletableFuture().get(30, TimeUnit.SECONDS);

      assertThat(result).isInstanceOf(Returned.class);
      assertThat(((Returned) result).payload())
          .isEqualTo("{\"echo\": {\"n\":1}, \"handler\": \"function.handler\"}");
    }
  }

  @Test
  void aMissingBootstrapFailsWithInvalidEntrypoint(@TempDir Path root) throws Exception {
    try (LocalFunctions functions =
        new LocalFunctions(
            new InMemoryFunctionRegistry(),
            LocalFunctionsOptions.defaults().withWorkDirectory(root.resolve("work")))) {
      Path code = Files.createDirectories(root.resolve("empty"));
      functions
          .registry()
          .put(FunctionConfiguration.of("empty", "us-east-1", "1", "provided.al2", "x", code));

      InvocationResult result =
          functions.invoke("empty", "{}").toCompletableFuture().get(30, TimeUnit.SECONDS);

      assertThat(result)
          .isEqualTo(
              new InvocationResult.FunctionError(
                  result.requestId(),
                  "{\"errorType\":\"Runtime.InvalidEntrypoint\",\"errorMessage\":\"RequestId: "
                      + result.requestId()
                      + " Error: Couldn't find valid bootstrap(s): ["
                      + code.resolve("bootstrap")
                      + "]\"}",
                  ""));
    }
  }
}
