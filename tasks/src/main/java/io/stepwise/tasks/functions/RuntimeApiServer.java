package io.stepwise.tasks.functions;

import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The Lambda Runtime API (version 2018-06-01) that worker processes call, on a Helidon web server
 * bound to 127.0.0.1. Each worker's {@code AWS_LAMBDA_RUNTIME_API} is {@code
 * 127.0.0.1:<port>/w/<worker id>}: runtimes append {@code /2018-06-01/runtime/...} to it, so the
 * path tells which process calls, as a separate execution environment would on AWS.
 */
final class RuntimeApiServer implements AutoCloseable {
  private static final String PREFIX = "/w/{worker}/2018-06-01/runtime";

  private final Function<String, Worker> workers;
  private final BiConsumer<Worker, Invocation> handedOut;
  private final WebServer server;

  /**
   * Starts the server.
   *
   * @param workers the live worker of an id, or {@code null}
   * @param handedOut called when {@code /next} gives a worker its invocation (its clock starts)
   */
  RuntimeApiServer(Function<String, Worker> workers, BiConsumer<Worker, Invocation> handedOut) {
    this.workers = workers;
    this.handedOut = handedOut;
    this.server =
        WebServer.builder()
            .host("127.0.0.1")
            .port(0)
            .shutdownHook(false)
            .routing(this::routes)
            .build()
            .start();
  }

  /** The value of {@code AWS_LAMBDA_RUNTIME_API} for the worker {@code workerId}. */
  String endpointFor(String workerId) {
    return "127.0.0.1:" + server.port() + "/w/" + workerId;
  }

  private void routes(HttpRouting.Builder routing) {
    routing
        .get(PREFIX + "/invocation/next", this::next)
        .post(PREFIX + "/invocation/{id}/response", this::response)
        .post(PREFIX + "/invocation/{id}/error", this::error)
        .post(PREFIX + "/init/error", this::initError);
  }

  private void next(ServerRequest request, ServerResponse response) throws InterruptedException {
    Worker worker = worker(request, response);
    if (worker == null) {
      return;
    }
    Invocation invocation = worker.next();
    if (invocation == null) {
      reject(response, Status.INTERNAL_SERVER_ERROR_500, "Runtime.Retired", "Runtime should exit");
      return;
    }
    handedOut.accept(worker, invocation);
    FunctionConfiguration function = invocation.function();
    response
        .header("Lambda-Runtime-Aws-Request-Id", invocation.requestId())
        .header(
            "Lambda-Runtime-Deadline-Ms",
            Long.toString(System.currentTimeMillis() + function.timeoutSeconds() * 1000L))
        .header("Lambda-Runtime-Invoked-Function-Arn", function.arn())
        .header("Lambda-Runtime-Trace-Id", traceId(invocation.requestId()))
        .header("Content-Type", "application/json")
        .send(invocation.payload().getBytes(StandardCharsets.UTF_8));
  }

  private void response(ServerRequest request, ServerResponse response) {
    Invocation invocation = invocation(request, response);
    if (invocation != null) {
      String body = body(request);
      workerOf(request)
          .finish(
              invocation, log -> new InvocationResult.Returned(invocation.requestId(), body, log));
      accepted(response);
    }
  }

  private void error(ServerRequest request, ServerResponse response) {
    Invocation invocation = invocation(request, response);
    if (invocation != null) {
      String body = body(request);
      workerOf(request)
          .finish(
              invocation,
              log -> new InvocationResult.FunctionError(invocation.requestId(), body, log));
      accepted(response);
    }
  }

  /**
   * A runtime that fails to initialise fails the invocation it was started for with its error
   * document, and its process is retired: the next invocation starts a fresh one, as on AWS.
   */
  private void initError(ServerRequest request, ServerResponse response) {
    Worker worker = worker(request, response);
    if (worker == null) {
      return;
    }
    String body = body(request);
    Invocation invocation = worker.current();
    if (invocation != null) {
      worker.finish(
          invocation, log -> new InvocationResult.FunctionError(invocation.requestId(), body, log));
    }
    worker.retire();
    accepted(response);
  }

  private Worker worker(ServerRequest request, ServerResponse response) {
    Worker worker = workerOf(request);
    if (worker == null) {
      reject(response, Status.FORBIDDEN_403, "InvalidWorker", "Unknown execution environment");
    }
    return worker;
  }

  private Worker workerOf(ServerRequest request) {
    return workers.apply(request.path().pathParameters().get("worker"));
  }

  /** The worker's current invocation if the path names it, else answers 400 and returns null. */
  private Invocation invocation(ServerRequest request, ServerResponse response) {
    Worker worker = worker(request, response);
    if (worker == null) {
      return null;
    }
    Invocation invocation = worker.current();
    String id = request.path().pathParameters().get("id");
    if (invocation == null || !invocation.requestId().equals(id)) {
      reject(response, Status.BAD_REQUEST_400, "InvalidRequestID", "Invalid request ID");
      return null;
    }
    return invocation;
  }

  private static String body(ServerRequest request) {
    return request.content().hasEntity() ? request.content().as(String.class) : "";
  }

  private static void accepted(ServerResponse response) {
    response.status(Status.ACCEPTED_202).header("Content-Type", "application/json");
    response.send("{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
  }

  private static void reject(ServerResponse response, Status status, String type, String message) {
    response.status(status).header("Content-Type", "application/json");
    response.send(
        ("{\"errorMessage\":\"" + message + "\",\"errorType\":\"" + type + "\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  /** An X-Ray style trace header derived from the request id, stable for one invocation. */
  private static String traceId(String requestId) {
    String hex = requestId.replace("-", "");
    return "Root=1-" + hex.substring(0, 8) + "-" + hex.substring(8, 32) + ";Sampled=0";
  }

  @Override
  public void close() {
    if (server.isRunning()) {
      server.stop();
    }
  }
}
