package io.stepwise.store;

import static io.stepwise.store.StoreFixtures.events;
import static io.stepwise.store.StoreFixtures.executionArn;
import static io.stepwise.store.StoreFixtures.machineArn;
import static io.stepwise.store.StoreFixtures.running;
import static io.stepwise.store.StoreFixtures.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.engine.ExecutionStatus;
import io.stepwise.engine.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} must have for executions. A store implementation's test extends
 * this class (and {@link DefinitionContract}) and says how to open a new, empty store.
 */
public abstract class StoreContract {
  protected Store store;
  protected ExecutionStore executions;

  /** Opens a new, empty store. */
  protected abstract Store openStore();

  @BeforeEach
  void open() {
    store = openStore();
    executions = store.executions();
  }

  @AfterEach
  void close() {
    store.close();
  }

  protected CommitOutcome commit(StepCommit commit) {
    return executions.commit(commit).join();
  }

  protected void start(String machine, String name, long startDate) {
    commit(StepCommit.start(running(machine, name, startDate)).events(events(1, 2)).build());
  }

  @Test
  void aStartCommitStoresTheRowAndTheFirstEvents() {
    ExecutionRecord row = running("m", "e1", 10);

    CommitOutcome outcome = commit(StepCommit.start(row).events(events(1, 2)).build());

    assertThat(outcome).isEqualTo(CommitOutcome.Committed.INSTANCE);
    assertThat(executions.execution(row.arn())).contains(row);
    assertThat(executions.history(row.arn())).isEqualTo(events(1, 2));
  }

  @Test
  void aStepCommitAppendsEventsAndUpdatesTheRow() {
    start("m", "e1", 10);
    String arn = executionArn("m", "e1");

    commit(
        StepCommit.step(arn).events(events(3, 5)).update(succeeded(99, "{\"ok\":true}")).build());

    ExecutionRecord row = executions.execution(arn).orElseThrow();
    assertThat(row.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(row.stopDate()).isEqualTo(99L);
    assertThat(row.output()).isEqualTo("{\"ok\":true}");
    assertThat(row.input()).isEqualTo("{\"n\":1}");
    assertThat(executions.history(arn)).isEqualTo(events(1, 5));
  }

  @Test
  void theTestCaseOfAMockedExecutionIsKeptWithItsRowAfterAStep() {
    ExecutionRecord base = running("m", "mocked", 10);
    ExecutionRecord row = withTestCase(base, "RetryPath");

    commit(StepCommit.start(row).events(events(1, 2)).build());
    commit(StepCommit.step(row.arn()).events(events(3, 4)).update(succeeded(20, "{}")).build());

    assertThat(executions.execution(row.arn()).orElseThrow().testCase()).isEqualTo("RetryPath");
  }

  private static ExecutionRecord withTestCase(ExecutionRecord row, String testCase) {
    return new ExecutionRecord(
        row.arn(),
        row.stateMachineArn(),
        row.versionArn(),
        row.aliasArn(),
        row.revisionId(),
        row.name(),
        row.status(),
        row.startDate(),
        row.stopDate(),
        row.input(),
        row.output(),
        row.error(),
        row.cause(),
        row.redriveCount(),
        row.redriveDate(),
        row.mapRunArn(),
        testCase);
  }

  @Test
  void aSecondStartWithTheSameNameStoresNothingAndNamesTheExisting() {
    start("m", "e1", 10);
    ExecutionRecord again = running("m", "e1", 20);

    CommitOutcome outcome =
        commit(StepCommit.start(again).events(events(1, 1)).addTimer(1, 50).build());

    assertThat(outcome).isEqualTo(new CommitOutcome.NameTaken(running("m", "e1", 10)));
    assertThat(executions.timers(again.arn())).isEmpty();
    assertThat(executions.history(again.arn())).hasSize(2);
  }

  @Test
  void theSameNameUnderAnotherMachineIsFree() {
    start("m", "e1", 10);

    assertThat(commit(StepCommit.start(running("other", "e1", 20)).build()))
        .isEqualTo(CommitOutcome.Committed.INSTANCE);
  }

  @Test
  void aCommitThatDoesNotContinueTheHistoryFailsWhole() {
    start("m", "e1", 10);
    String arn = executionArn("m", "e1");
    StepCommit gap =
        StepCommit.step(arn)
            .events(events(4, 4))
            .addTimer(7, 100)
            .update(succeeded(99, "{}"))
            .build();

    assertThatThrownBy(() -> executions.commit(gap).join()).isInstanceOf(CompletionException.class);

    assertThat(executions.history(arn)).isEqualTo(events(1, 2));
    assertThat(executions.timers(arn)).isEmpty();
    assertThat(executions.execution(arn).orElseThrow().status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  @Test
  void theJournalKeepsItsOrderAndMergesBetweenTheOwnEventsItFollowed() {
    start("m", "e1", 10);
    String arn = executionArn("m", "e1");
    List<HistoryEvent> child = events(1, 3);
    commit(
        StepCommit.step(arn)
            .events(events(3, 3))
            .journal(List.of(new JournalEvent(2, child.get(0)), new JournalEvent(3, child.get(1))))
            .build());
    commit(StepCommit.step(arn).journal(List.of(new JournalEvent(3, child.get(2)))).build());

    assertThat(executions.history(arn)).isEqualTo(events(1, 3));
    assertThat(executions.journal(arn))
        .extracting(JournalEvent::event)
        .containsExactlyElementsOf(child);
    List<HistoryEvent> own = events(1, 3);
    assertThat(executions.replayHistory(arn))
        .containsExactly(
            own.get(0), own.get(1), child.get(0), own.get(2), child.get(1), child.get(2));
    assertThat(executions.journal(executionArn("m", "unknown"))).isEmpty();
  }

  @Test
  void aRepeatedEventIdFails() {
    start("m", "e1", 10);

    StepCommit repeat = StepCommit.step(executionArn("m", "e1")).events(events(2, 3)).build();

    assertThatThrownBy(() -> executions.commit(repeat).join())
        .isInstanceOf(CompletionException.class);
    assertThat(executions.history(executionArn("m", "e1"))).hasSize(2);
  }

  @Test
  void aFailingCommitAmongConcurrentOnesFailsAlone() {
    for (int i = 0; i < 20; i++) {
      start("m", "e" + i, i);
    }
    List<CompletableFuture<CommitOutcome>> submitted = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long first = i == 10 ? 7 : 3;
      submitted.add(
          executions.commit(
              StepCommit.step(executionArn("m", "e" + i)).events(events(first, first)).build()));
    }

    for (int i = 0; i < 20; i++) {
      CompletableFuture<CommitOutcome> future = submitted.get(i);
      if (i == 10) {
        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class);
        assertThat(executions.history(executionArn("m", "e10"))).isEqualTo(events(1, 2));
      } else {
        assertThat(future.join()).isEqualTo(CommitOutcome.Committed.INSTANCE);
        assertThat(executions.history(executionArn("m", "e" + i))).isEqualTo(events(1, 3));
      }
    }
  }

  @Test
  void ofConcurrentStartsWithOneNameExactlyOneWins() {
    List<CompletableFuture<CommitOutcome>> starts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      starts.add(executions.commit(StepCommit.start(running("m", "same", i)).build()));
    }

    List<CommitOutcome> outcomes = starts.stream().map(CompletableFuture::join).toList();

    assertThat(outcomes).filteredOn(CommitOutcome.Committed.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(CommitOutcome.NameTaken.class::isInstance).hasSize(9);
  }

  @Test
  void aStepOfAnUnknownExecutionFails() {
    StepCommit step = StepCommit.step(executionArn("m", "ghost")).events(events(1, 1)).build();

    assertThatThrownBy(() -> executions.commit(step).join())
        .isInstanceOf(CompletionException.class);
    assertThat(executions.history(executionArn("m", "ghost"))).isEmpty();
  }

  @Test
  void historyPagesForwardFromAnIdAndBackwardFromTheEnd() {
    start("m", "e1", 10);
    String arn = executionArn("m", "e1");
    commit(StepCommit.step(arn).events(events(3, 10)).build());

    assertThat(executions.history(arn, 1, 4, false)).isEqualTo(events(1, 4));
    assertThat(executions.history(arn, 9, 4, false)).isEqualTo(events(9, 10));
    assertThat(executions.history(arn, Long.MAX_VALUE, 3, true))
        .isEqualTo(events(8, 10).reversed());
    assertThat(executions.history(arn, 2, 5, true)).isEqualTo(events(1, 2).reversed());
    assertThat(executions.history(arn, 11, 5, false)).isEmpty();
  }

  @Test
  void executionsListNewestFirstWithAStatusFilter() {
    for (int i = 1; i <= 5; i++) {
      start("m", "e" + i, i);
    }
    start("other", "x", 100);
    commit(
        StepCommit.step(executionArn("m", "e2"))
            .events(events(3, 3))
            .update(succeeded(50, "{}"))
            .build());

    Page<ExecutionRecord> all =
        executions.executions(ExecutionQuery.byMachine(machineArn("m"), null, 10));
    Page<ExecutionRecord> runningOnly =
        executions.executions(
            ExecutionQuery.byMachine(machineArn("m"), ExecutionStatus.RUNNING, 10));

    assertThat(all.items())
        .extracting(ExecutionRecord::name)
        .containsExactly("e5", "e4", "e3", "e2", "e1");
    assertThat(all.nextCursor()).isNull();
    assertThat(runningOnly.items())
        .extracting(ExecutionRecord::name)
        .containsExactly("e5", "e4", "e3", "e1");
  }

  @Test
  void pagingVisitsEveryExecutionOnceWhileNewOnesStart() {
    for (int i = 1; i <= 7; i++) {
      start("m", "e" + i, i);
    }
    ExecutionQuery query = ExecutionQuery.byMachine(machineArn("m"), null, 3);
    List<String> seen = new ArrayList<>();

    Page<ExecutionRecord> page = executions.executions(query);
    seen.addAll(page.items().stream().map(ExecutionRecord::name).toList());
    start("m", "late", 8);
    while (page.nextCursor() != null) {
      page = executions.executions(query.next(page));
      seen.addAll(page.items().stream().map(ExecutionRecord::name).toList());
    }

    assertThat(seen).containsExactly("e7", "e6", "e5", "e4", "e3", "e2", "e1");
  }

  @Test
  void executionsFilterByVersionOrAlias() {
    String version = machineArn("m") + ":1";
    ExecutionRecord base = running("m", "v", 1);
    ExecutionRecord byVersion =
        new ExecutionRecord(
            base.arn(),
            base.stateMachineArn(),
            version,
            null,
            "rev-1",
            "v",
            ExecutionStatus.RUNNING,
            1,
            null,
            "{}",
            null,
            null,
            null,
            0,
            null,
            null,
            null);
    commit(StepCommit.start(byVersion).build());
    start("m", "plain", 2);

    Page<ExecutionRecord> page =
        executions.executions(new ExecutionQuery(machineArn("m"), version, null, 10, null));

    assertThat(page.items()).containsExactly(byVersion);
  }

  @Test
  void listsExecutionsWhoseNameContainsTheSearchedTextIgnoringCase() {
    start("m", "Order-17", 1);
    start("m", "refund-170", 2);
    start("m", "order_2", 3);

    Page<ExecutionRecord> page =
        executions.executions(new ExecutionQuery(null, null, null, "DER-1", 10, null, null));

    assertThat(page.items()).extracting(ExecutionRecord::name).containsExactly("Order-17");
    assertThat(
            executions
                .executions(new ExecutionQuery(null, null, null, "r_", 10, null, null))
                .items())
        .extracting(ExecutionRecord::name)
        .containsExactly("order_2");
  }

  @Test
  void countsAMachinesExecutionsByStatus() {
    start("m", "a", 1);
    start("m", "b", 2);
    start("m", "c", 3);
    start("other", "d", 4);
    commit(StepCommit.step(executionArn("m", "b")).update(succeeded(5, "{}")).build());

    assertThat(executions.countExecutions(machineArn("m")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(ExecutionStatus.RUNNING, 2L, ExecutionStatus.SUCCEEDED, 1L));
    assertThat(executions.countExecutions(machineArn("none"))).isEmpty();
  }

  @Test
  void dueTimersComeEarliestFirstAndLeaveWhenRemoved() {
    start("m", "a", 1);
    start("m", "b", 2);
    String a = executionArn("m", "a");
    String b = executionArn("m", "b");
    commit(StepCommit.step(a).addTimer(1, 300).addTimer(2, 100).build());
    commit(StepCommit.step(b).addTimer(1, 200).addTimer(2, 900).build());

    assertThat(executions.nextTimerDue()).hasValue(100);
    assertThat(executions.dueTimers(300, 10))
        .containsExactly(
            new TimerRecord(a, 2, 100), new TimerRecord(b, 1, 200), new TimerRecord(a, 1, 300));
    assertThat(executions.dueTimers(300, 2)).hasSize(2);

    commit(StepCommit.step(a).removeTimer(2).addTimer(1, 50).build());

    assertThat(executions.timers(a)).containsExactly(new TimerRecord(a, 1, 50));
    assertThat(executions.dueTimers(150, 10)).containsExactly(new TimerRecord(a, 1, 50));
  }

  @Test
  void noTimersMeansNoNextDue() {
    assertThat(executions.nextTimerDue()).isEmpty();
    assertThat(executions.dueTimers(Long.MAX_VALUE, 10)).isEmpty();
  }

  @Test
  void pendingTasksStayUntilAStepRemovesThem() {
    start("m", "a", 1);
    String a = executionArn("m", "a");
    PendingTask lambda = new PendingTask(a, 1, "arn:aws:lambda:f", "{\"x\":1}", null, 10);
    PendingTask callback = new PendingTask(a, 2, "arn:aws:states:::sqs", "{}", "tok-2", 11);
    commit(StepCommit.step(a).addTask(lambda).addTask(callback).build());

    assertThat(executions.pendingTasks()).containsExactly(lambda, callback);
    assertThat(executions.taskByToken("tok-2")).contains(callback);

    commit(StepCommit.step(a).removeTask(2).build());

    assertThat(executions.pendingTasks(a)).containsExactly(lambda);
    assertThat(executions.taskByToken("tok-2")).isEmpty();
  }

  @Test
  void aTaskTokenHeldByAnotherTaskFailsTheCommit() {
    start("m", "a", 1);
    String a = executionArn("m", "a");
    commit(StepCommit.step(a).addTask(new PendingTask(a, 1, "r", "{}", "tok", 10)).build());

    StepCommit clash =
        StepCommit.step(a)
            .events(events(3, 3))
            .addTask(new PendingTask(a, 2, "r", "{}", "tok", 10))
            .build();

    assertThatThrownBy(() -> executions.commit(clash).join())
        .isInstanceOf(CompletionException.class);
    assertThat(executions.pendingTasks(a)).hasSize(1);
    assertThat(executions.history(a)).hasSize(2);
  }

  @Test
  void concurrentCommitsFromManyThreadsAreAllStoredInOrder() throws InterruptedException {
    int threads = 8;
    int executionsPerThread = 4;
    int steps = 25;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers.add(
          Thread.ofPlatform().start(() -> runExecutions(thread, executionsPerThread, steps)));
    }
    for (Thread worker : workers) {
      worker.join();
    }

    for (int t = 0; t < threads; t++) {
      for (int e = 0; e < executionsPerThread; e++) {
        String arn = executionArn("m", "t" + t + "-" + e);
        assertThat(executions.history(arn)).isEqualTo(events(1, steps + 2L));
      }
    }
    Page<ExecutionRecord> page =
        executions.executions(ExecutionQuery.byMachine(machineArn("m"), null, 1000));
    assertThat(page.items()).hasSize(threads * executionsPerThread);
  }

  /** Advances several executions in step, waiting for each wave of commits as a runtime would. */
  private void runExecutions(int thread, int count, int steps) {
    List<String> arns = new ArrayList<>();
    for (int e = 0; e < count; e++) {
      String name = "t" + thread + "-" + e;
      start("m", name, thread * 100L + e);
      arns.add(executionArn("m", name));
    }
    for (long id = 3; id < steps + 3; id++) {
      List<CompletableFuture<CommitOutcome>> wave = new ArrayList<>();
      for (String arn : arns) {
        wave.add(executions.commit(StepCommit.step(arn).events(events(id, id)).build()));
      }
      wave.forEach(CompletableFuture::join);
    }
  }

  @Test
  void historyOfAnUnknownExecutionIsEmpty() {
    assertThat(executions.history("arn:nothing")).isEmpty();
    assertThat(executions.execution("arn:nothing")).isEmpty();
  }
}
