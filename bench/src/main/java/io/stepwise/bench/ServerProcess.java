package io.stepwise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A {@code stepwise server} process, started as users start it (from the jar, {@code
 * cli/target/stepwise.jar}, with the JVM's default settings, or through the {@code stepwise}
 * launcher), on a free loopback port and a fresh data directory. The load client runs in another
 * process, as a user's client does, so the two share the machine's cores as they would in real use.
 */
final class ServerProcess implements AutoCloseable {
  private static final Duration READY_WITHIN = Duration.ofSeconds(60);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern USED_HEAP = Pattern.compile("used (\\d+)K");

  private final Process process;
  private final Path data;
  private final URI endpoint;
  private final double readySeconds;
  private final double readyCpuSeconds;

  private ServerProcess(
      Process process, Path data, URI endpoint, double readySeconds, double readyCpuSeconds) {
    this.process = process;
    this.data = data;
    this.endpoint = endpoint;
    this.readySeconds = readySeconds;
    this.readyCpuSeconds = readyCpuSeconds;
  }

  /**
   * Starts the server from {@code jar} with this JVM's {@code java} and its default settings, and
   * returns once it answers a ListStateMachines request.
   *
   * @throws IllegalStateException when it does not answer within a minute
   */
  static ServerProcess start(Path jar) throws InterruptedException {
    return start(javaJar(jar));
  }

  /** The command that runs Stepwise from {@code jar} with this JVM's {@code java}. */
  static List<String> javaJar(Path jar) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(java, "-jar", jar.toString());
  }

  /**
   * Starts the server with {@code stepwise}, the command that runs Stepwise's command line (the
   * launcher script, or {@code java -jar} and the jar), and returns once it answers.
   *
   * @throws IllegalStateException when it does not answer within a minute
   */
  static ServerProcess start(List<String> stepwise) throws InterruptedException {
    try {
      Path data = Files.createTempDirectory("stepwise-bench-server");
      int port = freePort();
      List<String> command = new ArrayList<>(stepwise);
      command.addAll(List.of("server", "--port", "" + port, "--data", data.toString()));
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile())
              .start();
      URI endpoint = URI.create("http://127.0.0.1:" + port + "/");
      awaitReady(process, endpoint);
      double ready = (System.nanoTime() - start) / 1e9;
      double cpu = process.info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9;
      return new ServerProcess(process, data, endpoint, ready, cpu);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitReady(Process process, URI endpoint) throws InterruptedException {
    HttpRequest listMachines =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Expected the server to start, but it exited");
      }
      try {
        if (HTTP.send(listMachines, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // The port opens a little after the process starts: try again soon.
      }
      Thread.sleep(2);
    }
    process.destroyForcibly();
    throw new IllegalStateException("Expected the server to answer within " + READY_WITHIN);
  }

  URI endpoint() {
    return endpoint;
  }

  /** The wall time from starting the process to its first answer. */
  double readySeconds() {
    return readySeconds;
  }

  /**
   * The CPU time the process had used (on all its threads) when it first answered: unlike the wall
   * time, it hardly depends on what else the machine runs.
   */
  double readyCpuSeconds() {
    return readyCpuSeconds;
  }

  /** The process's resident set size now, from {@code /proc}, in MiB. */
  double residentMebibytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", "" + process.pid(), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
      throw new IllegalStateException("Expected a VmRSS line for the server process");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The server's live heap in MiB: its used heap right after a full collection, which {@code jcmd}
   * asks for. The collection pauses the server.
   */
  double liveHeapMebibytes() throws InterruptedException {
    jcmd("GC.run");
    Matcher used = USED_HEAP.matcher(jcmd("GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("Expected jcmd GC.heap_info to give the used heap");
    }
    return Long.parseLong(used.group(1)) / 1024.0;
  }

  private String jcmd(String command) throws InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    try {
      Process run =
          new ProcessBuilder(jcmd, "" + process.pid(), command).redirectErrorStream(true).start();
      String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (run.waitFor() != 0) {
        throw new IllegalStateException("Expected jcmd " + command + " to succeed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server as Ctrl-C does, then deletes its data. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
