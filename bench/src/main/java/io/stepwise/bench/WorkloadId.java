package io.stepwise.bench;

/** The workloads of {@code shared/bench/workloads}, by the stem of their file names. */
public enum WorkloadId {
  W1("w1_pass"),
  W2("w2_chain100"),
  W3("w3_map10k"),
  W4("w4_loop1000"),
  W5("w5_wait1s");

  private final String fileStem;

  WorkloadId(String fileStem) {
    this.fileStem = fileStem;
  }

  /** The stem of {@code <stem>.asl.json} and {@code <stem>.input.json}. */
  public String fileStem() {
    return fileStem;
  }
}
