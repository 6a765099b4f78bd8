package io.stepwise.runtime.durable;

import static io.stepwise.runtime.durable.DurableFixtures.json;
import static io.stepwise.runtime.durable.DurableFixtures.request;
import static io.stepwise.runtime.durable.DurableFixtures.storeMachine;
import static io.stepwise.runtime.durable.DurableFixtures.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import io.stepwise.runtime.VirtualClock;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.memory.InMemoryStore;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tasks whose invoker submits a job ({@code .sync}): the submission is recorded, the job's result
 * comes later, and a task that stops waiting cancels its job.
 */
class SubmittedJobTest {
  private static final String JOB = "arn:aws:states:::batch:submitJob.sync";
  private static final String SLOW_JOB = "arn:aws:states:::ecs:runTask.sync";

  private final VirtualClock clock = new VirtualClock(1_700_000_000_000L);
  private final CompletableFuture<TaskResult> job = new CompletableFuture<>();
  private final CompletableFuture<TaskResult> slowSubmission = new CompletableFuture<>();
  private InMemoryStore store;
  private DurableRuntime runtime;

  @BeforeEach
  void open() {
    store = new InMemoryStore();
    TaskRegistry tasks =
        new TaskRegistry()
            .register(
                JOB,
                (parameters, context) ->
                    CompletableFuture.completedFuture(
                        new TaskResult.Submitted(json("{'JobId':'j-1'}"), job)))
            .register(SLOW_JOB, (parameters, context) -> slowSubmission);
    runtime = DurableRuntime.open(store, tasks, clock);
  }

  @AfterEach
  void close() {
    runtime.close();
    store.close();
  }

  private StartOutcome.Started start(String extra) {
    return start(JOB, extra);
  }

  private StartOutcome.Started start(String resource, String extra) {
    StateMachineRecord machine =
        storeMachine(
            store,
            "Job",
            """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"%s",%s"End":true}}}"""
                .formatted(resource, extra));
    return (StartOutcome.Started) runtime.start(request(machine, "run", json("{}")));
  }

  private void awaitSubmitted(String arn) throws InterruptedException {
    while (!types(store.executions().history(arn)).contains("TaskSubmitted")) {
      Thread.sleep(5);
    }
  }

  @Test
  void theSubmissionIsRecordedAndTheJobsResultEndsTheTask() throws Exception {
    StartOutcome.Started started = start("");
    awaitSubmitted(started.execution().arn());

    job.complete(TaskResult.success(json("{'Status':'SUCCEEDED'}")));

    ExecutionRecord row = started.completion().get(10, TimeUnit.SECONDS);
    assertThat(row.output()).isEqualTo("{\"Status\":\"SUCCEEDED\"}");
    assertThat(types(store.executions().history(row.arn())))
        .containsSubsequence("TaskStarted", "TaskSubmitted", "TaskSucceeded");
  }

  @Test
  void stoppingTheExecutionCancelsTheJob() throws Exception {
    StartOutcome.Started started = start("");
    String arn = started.execution().arn();
    awaitSubmitted(arn);

    ExecutionRecord row = runtime.stop(arn, null, null).orElseThrow().get(10, TimeUnit.SECONDS);

    assertThat(row.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(job.isCancelled()).isTrue();
  }

  @Test
  void aTaskThatTimesOutCancelsTheJob() throws Exception {
    StartOutcome.Started started = start("\"TimeoutSeconds\":5,");
    awaitSubmitted(started.execution().arn());

    clock.advanceBy(Duration.ofSeconds(5));

    ExecutionRecord row = started.completion().get(10, TimeUnit.SECONDS);
    assertThat(row.error()).isEqualTo("States.Timeout");
    assertThat(job.isCancelled()).isTrue();
  }

  @Test
  void aJobSubmittedAfterItsExecutionStoppedIsCancelled() throws Exception {
    StartOutcome.Started started = start(SLOW_JOB, "");
    String arn = started.execution().arn();
    while (!types(store.executions().history(arn)).contains("TaskStarted")) {
      Thread.sleep(5);
    }
    runtime.stop(arn, null, null).orElseThrow().get(10, TimeUnit.SECONDS);

    slowSubmission.complete(new TaskResult.Submitted(json("{'TaskArn':'t-1'}"), job));

    assertThat(job.isCancelled()).isTrue();
    assertThat(types(store.executions().history(arn))).doesNotContain("TaskSubmitted");
  }
}
