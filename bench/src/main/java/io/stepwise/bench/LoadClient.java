package io.stepwise.bench;

import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongPredicate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * Drives a server through the AWS SDK for Java v2's asynchronous client over loopback: a bounded
 * number of requests in flight for a bounded time, or requests at a fixed rate. Retries are off, so
 * every error the server answers counts, and the {@code sync-} host prefix is off, since the
 * machine need not resolve {@code sync-127.0.0.1}.
 */
final class LoadClient implements AutoCloseable {
  private static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";

  private final SfnAsyncClient sfn;
  private final int inFlight;
  private final AtomicLong names = new AtomicLong();

  LoadClient(URI endpoint, int inFlight) {
    this.inFlight = inFlight;
    this.sfn =
        SfnAsyncClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
            .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(inFlight * 2))
            .overrideConfiguration(
                c ->
                    c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .putAdvancedOption(
                            SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
            .build();
  }

  /** Creates a state machine of the workload and returns its ARN. */
  String createMachine(String definition, StateMachineType type) {
    String name = "bench-" + type + "-" + names.incrementAndGet() + "-" + System.nanoTime();
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE).type(type))
        .join()
        .stateMachineArn();
  }

  /**
   * Starts executions until {@code deadlineNanos} with {@link #inFlight} requests in flight, and
   * returns how many started.
   */
  long startUntil(String machine, String input, long deadlineNanos) throws InterruptedException {
    return keepInFlight(sent -> System.nanoTime() < deadlineNanos, start(machine, input));
  }

  /** Starts {@code count} executions with {@link #inFlight} requests in flight. */
  void startCount(String machine, String input, long count) throws InterruptedException {
    keepInFlight(sent -> sent < count, start(machine, input));
  }

  private Request start(String machine, String input) {
    return () ->
        sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).thenApply(r -> 1L);
  }

  /**
   * Runs one execution: StartExecution, then DescribeExecution every millisecond until it has
   * ended. Returns its output.
   *
   * @throws IllegalStateException unless it SUCCEEDED
   */
  String runToEnd(String machine, String input) throws InterruptedException {
    String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).join().executionArn();
    while (true) {
      DescribeExecutionResponse described =
          sfn.describeExecution(b -> b.executionArn(execution)).join();
      if (described.status() == ExecutionStatus.SUCCEEDED) {
        return described.output();
      }
      if (described.status() != ExecutionStatus.RUNNING) {
        throw new IllegalStateException(
            "Expected SUCCEEDED, but got " + described.status() + " " + described.error());
      }
      Thread.sleep(1);
    }
  }

  /**
   * Runs one Express execution through StartSyncExecution and returns its output.
   *
   * @throws IllegalStateException unless it SUCCEEDED
   */
  String runSync(String machine, String input) {
    return requireSucceeded(
            sfn.startSyncExecution(b -> b.stateMachineArn(machine).input(input)).join())
        .output();
  }

  /**
   * Runs Express executions through StartSyncExecution until {@code deadlineNanos}, and returns how
   * many succeeded.
   */
  long startSyncUntil(String machine, String input, long deadlineNanos)
      throws InterruptedException {
    return keepInFlight(
        sent -> System.nanoTime() < deadlineNanos,
        () ->
            sfn.startSyncExecution(b -> b.stateMachineArn(machine).input(input))
                .thenApply(
                    r -> {
                      requireSucceeded(r);
                      return 1L;
                    }));
  }

  private static StartSyncExecutionResponse requireSucceeded(StartSyncExecutionResponse response) {
    if (response.status() != SyncExecutionStatus.SUCCEEDED) {
      throw new IllegalStateException(
          "Expected SUCCEEDED, but got " + response.status() + " " + response.error());
    }
    return response;
  }

  /**
   * Sends requests with {@link #inFlight} of them in flight while {@code more} says so of the
   * number sent, and returns the units of work their answers report.
   */
  private long keepInFlight(LongPredicate more, Request request) throws InterruptedException {
    Semaphore permits = new Semaphore(inFlight);
    AtomicLong done = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (long sent = 0; more.test(sent) && failure.get() == null; sent++) {
      permits.acquire();
      request
          .send()
          .whenComplete(
              (units, error) -> {
                if (error != null) {
                  failure.compareAndSet(null, error);
                } else {
                  done.addAndGet(units);
                }
                permits.release();
              });
    }
    permits.acquire(inFlight);
    if (failure.get() != null) {
      throw new IllegalStateException("A request failed", failure.get());
    }
    return done.get();
  }

  /**
   * Sends StartExecution at {@code perSecond} for {@code count} requests, on schedule whatever the
   * answers do (an open loop), and returns each one's latency in milliseconds, measured from the
   * moment it was due, so that a server that falls behind shows it.
   */
  double[] startLatencies(String machine, String input, int perSecond, int count)
      throws InterruptedException {
    double[] millis = new double[count];
    CompletableFuture<?>[] answers = new CompletableFuture<?>[count];
    long period = 1_000_000_000L / perSecond;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = start + i * period;
      LockSupport.parkNanos(due - System.nanoTime());
      int index = i;
      answers[i] =
          sfn.startExecution(b -> b.stateMachineArn(machine).input(input))
              .thenRun(() -> millis[index] = (System.nanoTime() - due) / 1e6);
    }
    CompletableFuture.allOf(answers).join();
    return millis;
  }

  /** Waits until no execution of {@code machine} runs, then checks that none failed. */
  void awaitAllSucceeded(String machine) throws InterruptedException {
    while (count(machine, ExecutionStatus.RUNNING) > 0) {
      Thread.sleep(2);
    }
    for (ExecutionStatus status :
        Arrays.asList(ExecutionStatus.FAILED, ExecutionStatus.TIMED_OUT, ExecutionStatus.ABORTED)) {
      if (count(machine, status) > 0) {
        throw new IllegalStateException("Expected every execution to succeed, but one " + status);
      }
    }
  }

  /** Whether any execution of {@code machine} has {@code status} (0 or 1). */
  private int count(String machine, ExecutionStatus status) {
    return sfn.listExecutions(b -> b.stateMachineArn(machine).statusFilter(status).maxResults(1))
        .join()
        .executions()
        .size();
  }

  @Override
  public void close() {
    sfn.close();
  }

  /** One asynchronous request that yields units of work. */
  @FunctionalInterface
  private interface Request {
    CompletableFuture<Long> send();
  }
}
