package io.stepwise.tasks.functions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts worker processes: the machine's python3 or node running Stepwise's runtime client, or the
 * function's own {@code bootstrap}, with the environment variables Lambda sets.
 */
final class WorkerLauncher {
  private static final DateTimeFormatter STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private final Path clients;
  private final String searchPath;
  private final Map<String, Path> executables = new ConcurrentHashMap<>();

  /** A launcher that runs the clients in {@code clients} and finds interpreters on searchPath. */
  WorkerLauncher(Path clients, String searchPath) {
    this.clients = clients;
    this.searchPath = searchPath;
  }

  /** Why workers of {@code function} cannot start on this machine, or empty when they can. */
  Optional<String> missing(FunctionConfiguration function) {
    Optional<FunctionRuntime> family = FunctionRuntime.of(function.runtime());
    if (family.isEmpty()) {
      return Optional.of("Stepwise does not know the runtime " + function.runtime());
    }
    return switch (family.get()) {
      case PROVIDED ->
          Files.isExecutable(bootstrap(function))
              ? Optional.empty()
              : Optional.of("Couldn't find valid bootstrap(s): [" + bootstrap(function) + "]");
      case JAVA -> Optional.empty();
      case PYTHON, NODEJS ->
          executable(family.get().command()).isPresent()
              ? Optional.empty()
              : Optional.of(
                  family.get().command()
                      + " is not installed: Stepwise runs "
                      + function.runtime()
                      + " functions with the machine's "
                      + family.get().command()
                      + ", and none was found on the PATH");
    };
  }

  /** Starts a process for {@code worker}, which reaches the Runtime API at {@code runtimeApi}. */
  Process start(Worker worker, String runtimeApi) throws IOException {
    FunctionConfiguration function = worker.function();
    ProcessBuilder builder =
        new ProcessBuilder(command(function))
            .directory(function.codeDirectory().toFile())
            .redirectErrorStream(true)
            .redirectOutput(worker.output().redirect());
    Map<String, String> environment = builder.environment();
    environment.putAll(lambdaVariables(function, worker.id(), runtimeApi));
    environment.putAll(function.environment());
    Process process = builder.start();
    // Lambda gives functions no standard input.
    process.getOutputStream().close();
    return process;
  }

  private List<String> command(FunctionConfiguration function) {
    FunctionRuntime family = FunctionRuntime.of(function.runtime()).orElseThrow();
    return switch (family) {
      case PYTHON ->
          List.of(executable("python3").orElseThrow().toString(), client(RuntimeClients.PYTHON));
      case NODEJS ->
          List.of(executable("node").orElseThrow().toString(), client(RuntimeClients.NODEJS));
      case JAVA ->
          List.of(
              // The JVM that runs Stepwise (Java 21 or later) runs java17 and java21 code alike.
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              // Lambda's own Java runtimes start with C1 only: it halves the cold start.
              "-XX:TieredStopAtLevel=1",
              "-cp",
              javaClassPath(function),
              client(RuntimeClients.JAVA));
      case PROVIDED -> List.of(bootstrap(function).toString());
    };
  }

  /** The code directory and the jars of its lib directory, as Lambda's Java runtimes load them. */
  private static String javaClassPath(FunctionConfiguration function) {
    Path code = function.codeDirectory();
    return code + File.pathSeparator + code.resolve("lib") + File.separator + "*";
  }

  private String client(String name) {
    return clients.resolve(name).toString();
  }

  private static Path bootstrap(FunctionConfiguration function) {
    return function.codeDirectory().resolve("bootstrap");
  }

  private static Map<String, String> lambdaVariables(
      FunctionConfiguration function, String workerId, String runtimeApi) {
    String stream = LocalDate.now(ZoneOffset.UTC).format(STREAM_DATE) + "/[$LATEST]" + workerId;
    return Map.ofEntries(
        Map.entry("AWS_LAMBDA_RUNTIME_API", runtimeApi),
        Map.entry("AWS_LAMBDA_FUNCTION_NAME", function.name()),
        Map.entry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
        Map.entry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memorySize())),
        Map.entry("AWS_LAMBDA_FUNCTION_TIMEOUT", Integer.toString(function.timeoutSeconds())),
        Map.entry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.name()),
        Map.entry("AWS_LAMBDA_LOG_STREAM_NAME", stream),
        Map.entry("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"),
        Map.entry("AWS_EXECUTION_ENV", "AWS_Lambda_" + function.runtime()),
        Map.entry("AWS_REGION", function.region()),
        Map.entry("AWS_DEFAULT_REGION", function.region()),
        Map.entry("LAMBDA_TASK_ROOT", function.codeDirectory().toString()),
        Map.entry("LAMBDA_RUNTIME_DIR", function.codeDirectory().toString()),
        Map.entry("_HANDLER", function.handler() == null ? "" : function.handler()),
        Map.entry("TZ", ":UTC"),
        Map.entry("LANG", "en_US.UTF-8"),
        Map.entry("PYTHONUNBUFFERED", "1"));
  }

  /** The file of {@code command} on the PATH (looked up once, then remembered). */
  private Optional<Path> executable(String command) {
    Path known = executables.get(command);
    if (known != null) {
      return Optional.of(known);
    }
    for (String directory : searchPath.split(File.pathSeparator)) {
      Path candidate = Path.of(directory.isEmpty() ? "." : directory, command);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        executables.put(command, candidate);
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
