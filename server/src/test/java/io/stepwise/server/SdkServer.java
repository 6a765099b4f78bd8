package io.stepwise.server;

import java.nio.file.Path;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * A Stepwise node on a free local port with its data in a folder, and an SDK client for it, with
 * the steps that API tests take again and again: create a machine, start it, wait for its end.
 */
final class SdkServer implements AutoCloseable {
  static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsExecutionRole";

  private final StepwiseNode node;
  private final SfnClient sfn;

  private SdkServer(Path data) {
    node = StepwiseNode.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), data);
    sfn = SdkClients.client(node.endpoint(), "AKIDLOCAL", "any-secret");
  }

  static SdkServer start(Path data) {
    return new SdkServer(data);
  }

  SfnClient sfn() {
    return sfn;
  }

  /** Creates a Standard state machine and returns its ARN. */
  String machine(String name, String definition) {
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  /** Starts an execution and returns its ARN. */
  String start(String machine, String input) {
    return sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
  }

  /** Waits until the execution is no longer running and describes it. */
  DescribeExecutionResponse awaitEnd(String arn) throws InterruptedException {
    DescribeExecutionResponse described;
    while ((described = sfn.describeExecution(b -> b.executionArn(arn))).status()
        == ExecutionStatus.RUNNING) {
      Thread.sleep(10);
    }
    return described;
  }

  @Override
  public void close() {
    sfn.close();
    node.close();
  }
}
