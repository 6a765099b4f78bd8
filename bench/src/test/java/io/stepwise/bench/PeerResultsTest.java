package io.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerResultsTest {
  private static final String ALSF =
      """
      {"peer": "aws-local-stepfunctions", "version": "3.0.0", "node": "v20.20.2",
       "W1_exec_per_s": {"min": 40000, "median": 41000, "max": 42000, "runs": [41000, 40000, 42000]},
       "W3_s": {"min": 0.7, "median": 0.8, "max": 0.9, "runs": [0.8, 0.7, 0.9]},
       "W3b_maxconc10000_s": {"min": 0.9, "median": 1.0, "max": 1.1, "runs": [1.0, 0.9, 1.1]},
       "W5_wall_s": {"min": 1.0, "median": 1.01, "max": 1.02, "runs": [1.0, 1.01, 1.02]}}
      """;
  private static final String MOTO =
      """
      {"peer": "moto_server", "moto": "5.2.1",
       "W1_exec_per_s": {"min": 30, "median": 33, "max": 35, "runs": [30, 33, 35]},
       "W5_wall_s": {"min": 4, "median": 5, "max": 6, "runs": [4, 5, 6]}}
      """;
  private static final String MOTO_W3 =
      """
      {"peer": "moto_server", "moto": "5.2.1",
       "W5_wall_s": {"min": 9, "median": 9, "max": 9, "runs": [9]},
       "W3_timeout": "run 0 not finished after 300 s"}
      """;

  @TempDir Path folder;

  private PeerResults peers() throws IOException {
    Files.writeString(folder.resolve("alsf.json"), ALSF);
    Files.writeString(folder.resolve("moto.json"), MOTO);
    Files.writeString(folder.resolve("moto_w3.json"), MOTO_W3);
    Files.writeString(folder.resolve("moto.log"), "not a result");
    return PeerResults.read(folder);
  }

  @Test
  void readsEachPeersFiguresWithTheModeItRanIn() throws IOException {
    PeerFigure moto = peers().best(WorkloadId.W1, ServerMode.NAME, "executions/s").orElseThrow();

    assertThat(moto.peer()).isEqualTo("moto 5.2.1");
    assertThat(moto.summary()).isEqualTo(new Summary(33, 30, 35, 3));
    assertThat(peers().best(WorkloadId.W1, InProcessMode.NAME, "executions/s"))
        .map(PeerFigure::peer)
        .contains("aws-local-stepfunctions 3.0.0");
  }

  @Test
  void theBestOfTimesIsTheShortest() throws IOException {
    PeerFigure best = peers().best(WorkloadId.W3, InProcessMode.NAME, "s").orElseThrow();

    assertThat(best.summary().median()).isEqualTo(0.8);
    assertThat(best.label()).isEqualTo("aws-local-stepfunctions 3.0.0");
  }

  @Test
  void aFigureRunAgainOnceGivesWayToItsRunsOfTheFirstPass() throws IOException {
    PeerFigure w5 =
        peers()
            .best(WorkloadId.W5, ServerMode.NAME, "s from the first start to all done")
            .orElseThrow();

    assertThat(w5.summary().runs()).isEqualTo(3);
    assertThat(w5.comparable()).isFalse();
  }

  @Test
  void aRunThatDidNotFinishIsANote() throws IOException {
    PeerResults peers = peers();

    assertThat(peers.notes()).containsExactly("moto 5.2.1: run 0 not finished after 300 s");
    assertThat(peers.best(WorkloadId.W3, ServerMode.NAME, "s")).isEmpty();
  }

  @Test
  void noPeerForAnotherUnit() throws IOException {
    assertThat(peers().best(WorkloadId.W1, ServerMode.NAME, "ms, p50")).isEmpty();
  }
}
