package io.stepwise.tasks.functions;

import io.stepwise.tasks.functions.FunctionPool.Claim;
import io.stepwise.tasks.functions.InvocationResult.FunctionError;
import io.stepwise.tasks.functions.InvocationResult.Rejected;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Runs the functions of a {@link FunctionRegistry} on this machine, without containers: each
 * function gets warm worker processes that speak the Lambda Runtime API to a server started on
 * first use. This is what Lambda's Invoke operation and the Lambda task invokers call.
 *
 * <p>Close it to kill every worker process and stop the Runtime API server.
 */
public final class LocalFunctions implements FunctionInvocations, AutoCloseable {
  private final FunctionRegistry registry;
  private final LocalFunctionsOptions options;
  private final Map<String, FunctionPool> pools = new ConcurrentHashMap<>();
  private final Map<String, Worker> workers = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timers;
  private final FunctionLogs logs = new FunctionLogs(Clock.systemUTC());
  private WorkerLauncher launcher;
  private RuntimeApiServer server;
  private boolean closed;

  public LocalFunctions(FunctionRegistry registry, LocalFunctionsOptions options) {
    this.registry = registry;
    this.options = options;
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> Thread.ofPlatform().daemon().name("lambda-timeouts").unstarted(runnable));
    executor.setRemoveOnCancelPolicy(true);
    this.timers = executor;
  }

  public FunctionRegistry registry() {
    return registry;
  }

  public LocalFunctionsOptions options() {
    return options;
  }

  /** The logs of the functions' recent invocations. */
  public FunctionLogs logs() {
    return logs;
  }

  /** Whether a full ARN names the function's own region and account, as AWS resolves ARNs. */
  private static boolean inItsRegionAndAccount(String reference, FunctionConfiguration function) {
    return !reference.startsWith("arn:") || reference.startsWith(function.arn());
  }

  /**
   * Invokes {@code functionName} (a name, a partial or a full ARN, optionally qualified with {@code
   * $LATEST}) with the JSON text {@code payload}, as Invoke with RequestResponse does.
   */
  @Override
  public CompletionStage<InvocationResult> invoke(String functionName, String payload) {
    String requestId = UUID.randomUUID().toString();
    FunctionName reference = FunctionName.parse(functionName);
    FunctionConfiguration function = registry.find(reference.name()).orElse(null);
    if (function == null
        || !reference.qualifier().orElse("$LATEST").equals("$LATEST")
        || !inItsRegionAndAccount(functionName, function)) {
      return CompletableFuture.completedFuture(notFound(requestId, reference));
    }
    String missing = launcher().missing(function).orElse(null);
    if (missing != null) {
      return CompletableFuture.completedFuture(
          new FunctionError(requestId, SandboxErrors.cannotStart(requestId, missing), ""));
    }
    FunctionPool pool = poolOf(function);
    return switch (pool.claim()) {
      case Claim.Throttled throttled ->
          CompletableFuture.completedFuture(
              new Rejected(requestId, "TooManyRequestsException", 429, "Rate Exceeded."));
      case Claim.Warm warm -> dispatch(pool, warm.worker(), requestId, payload, false);
      case Claim.Cold cold -> startAndDispatch(pool, requestId, payload);
    };
  }

  /**
   * Retires the warm workers of {@code functionName}, so the next invocation starts from its
   * current configuration and code; for UpdateFunctionCode and DeleteFunction.
   */
  public void retire(String functionName) {
    FunctionPool pool = pools.remove(functionName);
    if (pool != null) {
      pool.drain();
    }
  }

  /**
   * The pool of {@code function}'s current configuration. When the configuration changed since the
   * last invocation, the old pool is drained: its workers run the old code or environment.
   */
  private FunctionPool poolOf(FunctionConfiguration function) {
    FunctionPool current = pools.get(function.name());
    if (current != null && current.function().equals(function)) {
      return current;
    }
    List<FunctionPool> replaced = new ArrayList<>(1);
    FunctionPool pool =
        pools.compute(
            function.name(),
            (name, existing) -> {
              if (existing != null && existing.function().equals(function)) {
                return existing;
              }
              if (existing != null) {
                replaced.add(existing);
              }
              return new FunctionPool(function, options.unreservedConcurrency());
            });
    replaced.forEach(FunctionPool::drain);
    return pool;
  }

  private CompletionStage<InvocationResult> startAndDispatch(
      FunctionPool pool, String requestId, String payload) {
    String id = UUID.randomUUID().toString().replace("-", "");
    Worker worker =
        new Worker(
            id, pool.function(), WorkerOutput.create(options.workDirectory().resolve("logs"), id));
    workers.put(worker.id(), worker);
    try {
      worker.attach(launcher().start(worker, server().endpointFor(worker.id())));
    } catch (IOException e) {
      workers.remove(worker.id());
      worker.retire();
      pool.abandon();
      return CompletableFuture.completedFuture(
          new FunctionError(requestId, SandboxErrors.cannotStart(requestId, e.getMessage()), ""));
    }
    pool.adopt(worker);
    worker.process().onExit().thenRun(() -> exited(worker));
    return dispatch(pool, worker, requestId, payload, true);
  }

  private CompletionStage<InvocationResult> dispatch(
      FunctionPool pool, Worker worker, String requestId, String payload, boolean cold) {
    Invocation invocation = new Invocation(requestId, payload, pool.function());
    long allowance = cold ? options.initTimeout().toMillis() : 0;
    invocation.arm(
        timers,
        () -> timedOut(worker, invocation),
        allowance + pool.function().timeoutSeconds() * 1000L);
    worker.submit(invocation);
    return invocation
        .result()
        .whenComplete(
            (result, failure) -> {
              pool.release(worker);
              logs.record(pool.function().name(), requestId, result.log());
            });
  }

  /** {@code /next} gave {@code invocation} to {@code worker}: the function's timeout starts now. */
  private void handedOut(Worker worker, Invocation invocation) {
    invocation.start(timers, () -> timedOut(worker, invocation));
  }

  private void timedOut(Worker worker, Invocation invocation) {
    if (invocation.isDone()) {
      return;
    }
    int seconds = invocation.function().timeoutSeconds();
    worker.condemn();
    worker.collectOutput(invocation);
    invocation
        .log()
        .appendLine(
            Instant.now()
                + " "
                + invocation.requestId()
                + " Task timed out after "
                + String.format(Locale.ROOT, "%.2f", (double) seconds)
                + " seconds");
    worker.finish(
        invocation,
        log ->
            new FunctionError(
                invocation.requestId(),
                SandboxErrors.timedOut(invocation.requestId(), seconds),
                log));
    worker.retire();
  }

  private void exited(Worker worker) {
    workers.remove(worker.id());
    Invocation invocation = worker.current();
    if (invocation != null && !invocation.isDone()) {
      String error = SandboxErrors.exited(invocation.requestId(), worker.process().exitValue());
      worker.collectOutput(invocation);
      invocation.log().appendLine(error);
      worker.finish(invocation, log -> new FunctionError(invocation.requestId(), error, log));
    }
  }

  private Rejected notFound(String requestId, FunctionName reference) {
    String arn =
        "arn:aws:lambda:"
            + options.region()
            + ":"
            + options.account()
            + ":function:"
            + reference.name()
            + reference.qualifier().map(q -> ":" + q).orElse("");
    return new Rejected(requestId, "ResourceNotFoundException", 404, "Function not found: " + arn);
  }

  private synchronized WorkerLauncher launcher() {
    if (launcher == null) {
      launcher =
          new WorkerLauncher(
              RuntimeClients.extractTo(options.workDirectory().resolve("runtime-clients")),
              options.searchPath());
    }
    return launcher;
  }

  private synchronized RuntimeApiServer server() {
    if (closed) {
      throw new IllegalStateException("Expected open local functions, but they were closed");
    }
    if (server == null) {
      server = new RuntimeApiServer(workers::get, this::handedOut);
    }
    return server;
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    pools.values().forEach(FunctionPool::close);
    pools.clear();
    // Workers of drained pools still finishing an invocation are in no pool any more.
    workers.values().forEach(Worker::retire);
    timers.shutdownNow();
    synchronized (this) {
      if (server != null) {
        server.close();
      }
    }
  }
}
