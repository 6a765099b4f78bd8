package io.stepwise.bench;

import io.stepwise.tasks.functions.FunctionConfiguration;
import io.stepwise.tasks.functions.InMemoryFunctionRegistry;
import io.stepwise.tasks.functions.InvocationResult;
import io.stepwise.tasks.functions.LocalFunctions;
import io.stepwise.tasks.functions.LocalFunctionsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Times warm invocations of a local Python function, one at a time: after a first (cold) call
 * starts its worker process, each run invokes it {@code --count} times (default 1,000) and the
 * figure is the time per invocation, through the Lambda Runtime API that Stepwise serves. Prints a
 * Markdown table on standard output.
 */
public final class WarmFunctions {
  private static final String HANDLER =
      """
      def handler(event, context):
          return {"order_id": event["order_id"], "status": "processed"}
      """;
  private static final String PAYLOAD = "{\"order_id\": \"ORD-12345\"}";
  private static final int RUNS = 5;

  private WarmFunctions() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 1 && args[0].equals("--count") ? Integer.parseInt(args[1]) : 1000;
    Path root = Files.createTempDirectory("stepwise-warm-functions");
    try (LocalFunctions functions =
        new LocalFunctions(
            new InMemoryFunctionRegistry(),
            LocalFunctionsOptions.defaults().withWorkDirectory(root.resolve("work")))) {
      functions.registry().put(python(root));
      long coldStart = System.nanoTime();
      invoke(functions);
      double coldMillis = (System.nanoTime() - coldStart) / 1e6;
      double[] micros = new double[RUNS];
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
          invoke(functions);
        }
        micros[run] = (System.nanoTime() - start) / 1e3 / count;
      }
      print(Machine.current(), count, coldMillis, Summary.of(micros));
    }
  }

  private static FunctionConfiguration python(Path root) throws IOException {
    Path code = Files.createDirectories(root.resolve("code"));
    Files.writeString(code.resolve("app.py"), HANDLER);
    return FunctionConfiguration.of(
        "Warm", "us-east-1", "123456789012", "python3.12", "app.handler", code);
  }

  private static void invoke(LocalFunctions functions)
      throws InterruptedException, ExecutionException, TimeoutException {
    InvocationResult result =
        functions.invoke("Warm", PAYLOAD).toCompletableFuture().get(30, TimeUnit.SECONDS);
    if (!(result instanceof InvocationResult.Returned)) {
      throw new IllegalStateException("Expected the function to return, but got " + result);
    }
  }

  private static void print(Machine machine, int count, double coldMillis, Summary warm) {
    System.out.printf(
        Locale.ROOT,
        "Machine: %d cores, Java %s, %s. Date: %s. Commit: %s.%n%n",
        machine.cores(),
        machine.java(),
        machine.os(),
        machine.date(),
        machine.commit());
    System.out.println("| what | unit | median | range |");
    System.out.println("| --- | --- | ---: | ---: |");
    System.out.printf(
        Locale.ROOT, "| first invocation (starts python3) | ms | %.1f | |%n", coldMillis);
    System.out.printf(
        Locale.ROOT,
        "| warm invocation, %d in a row, %d runs | us | %.1f | %.1f-%.1f |%n",
        count,
        warm.runs(),
        warm.median(),
        warm.min(),
        warm.max());
  }
}
