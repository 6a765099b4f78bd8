package io.stepwise.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;

/** An API test with a node of its own, on a fresh data folder, and an SDK client for it. */
abstract class SdkApiTest {
  @TempDir Path data;
  SdkServer server;
  SfnClient sfn;

  @BeforeEach
  void startServer() {
    server = SdkServer.start(data);
    sfn = server.sfn();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Stops the node and starts another on the same data, with a new client. */
  void restart() {
    server.close();
    startServer();
  }
}
