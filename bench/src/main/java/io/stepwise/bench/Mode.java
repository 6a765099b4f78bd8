package io.stepwise.bench;

import java.util.List;

/**
 * A way of running the workloads, one class each: in-process with the in-memory runtime, or through
 * the API of a server process. A mode may hold resources (a server) until it is closed.
 */
public interface Mode extends AutoCloseable {

  /** The name in the table's mode column and in {@code --modes}. */
  String name();

  /** The figures of the workloads chosen in {@code settings}, ready to be sampled. */
  List<Figure> figures(WorkloadFiles files, Settings settings) throws InterruptedException;

  @Override
  default void close() throws InterruptedException {}
}
