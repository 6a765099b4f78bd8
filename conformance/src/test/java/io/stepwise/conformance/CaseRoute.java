package io.stepwise.conformance;

/**
 * A way to run a corpus case through Stepwise: in-process on the engine, or through the server's
 * API. A route that cannot run a case returns {@link ActualExecution#notRun} with the reason.
 */
interface CaseRoute extends AutoCloseable {

  /**
   * The instant at which the recorder wrote the corpus's time-relative inputs. Some cases give a
   * Wait state a timestamp of "now plus N days", resolved when the inputs were written; their
   * boundaries (AWS refuses a delay beyond 2^31 - 1 seconds) only hold on a clock that starts
   * there, so every route runs the cases on a virtual clock that starts at that instant, not at
   * today's date.
   */
  long CORPUS_INPUTS_WRITTEN = java.time.Instant.parse("2026-11-22T03:32:33Z").toEpochMilli();

  /** Runs the case to its end, as AWS ran it. */
  ActualExecution run(RecordedCase recorded) throws Exception;

  /** How the report describes the route, completing "run through ...". */
  String description();

  @Override
  default void close() {}
}
