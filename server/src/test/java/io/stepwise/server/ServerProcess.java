package io.stepwise.server;

import java.nio.file.Path;

/**
 * The server process that {@link ServerCrashTest} kills: a whole {@link StepwiseNode} on the given
 * data directory, on a free port that it prints.
 */
public final class ServerProcess {

  private ServerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    StepwiseNode node =
        StepwiseNode.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), Path.of(args[0]));
    System.out.println("endpoint " + node.endpoint());
    System.out.flush();
    Thread.currentThread().join();
  }
}
