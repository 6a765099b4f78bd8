package io.stepwise.conformance;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs corpus cases through a {@link CaseRoute}, each within a time limit. A case that cannot run
 * (a refused definition, an engine that throws or does not finish in time) becomes an {@link
 * ActualExecution#notRun}, so that one bug shows in the report instead of ending the run.
 */
final class CaseRunner implements AutoCloseable {
  private static final long TIME_LIMIT_SECONDS = 20;

  private final CaseRoute route;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> Thread.ofPlatform().daemon().name("conformance-case").unstarted(task));

  CaseRunner(CaseRoute route) {
    this.route = route;
  }

  String description() {
    return route.description();
  }

  ActualExecution run(RecordedCase recorded) {
    Future<ActualExecution> running = worker.submit(() -> route.run(recorded));
    try {
      return running.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      return ActualExecution.notRun("did not finish within " + TIME_LIMIT_SECONDS + " s");
    } catch (ExecutionException e) {
      return ActualExecution.notRun("the route threw " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ActualExecution.notRun("interrupted");
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
    route.close();
  }
}
