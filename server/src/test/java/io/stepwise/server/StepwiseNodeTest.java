package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;

class StepwiseNodeTest {

  @TempDir Path data;

  @Test
  void startsAndAnswersWhileItsSetUpIsPreparedInTheBackground() {
    StepwiseNode.prepareInBackground();

    try (StepwiseNode node =
            StepwiseNode.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), data);
        SfnClient sfn = SdkClients.client(node.endpoint(), "AKIDLOCAL", "any-secret")) {
      assertThat(node.isRunning()).isTrue();
      assertThat(sfn.listStateMachines(r -> {}).stateMachines()).isEmpty();
    }
  }
}
