package io.stepwise.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapRunChildNamesTest {
  private static final String MAP_RUN = "arn:aws:states:us-east-1:1:mapRun:Rows/each:run_1-7";

  @Test
  void aChildIsNamedAfterItsMapRunAndItsItem() {
    assertThat(MapRunChildNames.name(MAP_RUN, 12)).isEqualTo("run_1-7_12");
    assertThat(MapRunChildNames.executionArn(MAP_RUN, 12))
        .isEqualTo("arn:aws:states:us-east-1:1:execution:Rows/each:run_1-7_12");
  }

  @Test
  void aChildArnNamesItsMapRunAndItem() {
    String child = MapRunChildNames.executionArn(MAP_RUN, 3);

    assertThat(MapRunChildNames.child(child)).isEqualTo(new MapRunChildNames.Child(MAP_RUN, 3));
  }

  @Test
  void otherExecutionArnsNameNoChild() {
    assertThat(MapRunChildNames.child("arn:aws:states:us-east-1:1:execution:Rows:run_1"))
        .as("no label")
        .isNull();
    assertThat(MapRunChildNames.child("arn:aws:states:us-east-1:1:execution:Rows/each:run"))
        .as("no index")
        .isNull();
    assertThat(MapRunChildNames.child("arn:aws:states:us-east-1:1:execution:Rows/each:run_x"))
        .isNull();
  }
}
