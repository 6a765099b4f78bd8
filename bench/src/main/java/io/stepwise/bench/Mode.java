package io.stepwise.bench;

import java.util.List;

/**
 * A way of running the workloads, one class each: in-process with the in-memory runtime here; the
 * server with its durable store, and Express through StartSyncExecution, join when the server does.
 */
public interface Mode {

  /** The name in the table's mode column and in {@code --modes}. */
  String name();

  /** The figures of the workloads chosen in {@code settings}, ready to be sampled. */
  List<Figure> figures(WorkloadFiles files, Settings settings);
}
