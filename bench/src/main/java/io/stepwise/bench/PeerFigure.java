package io.stepwise.bench;

/**
 * One figure of a peer measured in the same run as Stepwise's.
 *
 * @param peer the peer and its version, for example {@code moto 5.2.1}
 * @param mode how it ran, as Stepwise's modes are named: {@code in-process} or {@code server}
 * @param note how it ran differently from the workload as written, or empty
 * @param comparable whether it ran the workload as Stepwise's figure does, so that their ratio
 *     means something (a peer's W5 waits with 200 executions, Stepwise's with many more)
 */
record PeerFigure(
    String peer,
    String mode,
    WorkloadId workload,
    String unit,
    String note,
    boolean comparable,
    Summary summary) {

  /** The peer, with its note when it has one. */
  String label() {
    return note.isEmpty() ? peer : peer + ", " + note;
  }
}
