package io.stepwise.server;

import io.stepwise.service.ResourceOperations;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.store.Store;
import java.time.Clock;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * A server with the resource operations on a store, and the SDK client that talks to it (region
 * eu-west-1, the default account 123456789012). Closing it closes the client, the server and the
 * store, in that order.
 */
final class ResourceApi implements AutoCloseable {

  static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctionsRole";
  static final String MACHINE_PREFIX = "arn:aws:states:eu-west-1:123456789012:stateMachine:";
  static final String PASS =
      "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";

  private final Store store;
  private final StepwiseServer server;
  final SfnClient sfn;

  ResourceApi(Store store) {
    this.store = store;
    OperationRegistry registry =
        ResourceOperations.register(OperationRegistry.builder(), store, Clock.systemUTC()).build();
    server = StepwiseServer.start(ServerConfig.defaults().withAddress("127.0.0.1", 0), registry);
    sfn = SdkClients.client(server.endpoint(), "AKIDLOCAL", "any-secret");
  }

  /** Creates a Standard machine with the Pass definition and returns its ARN. */
  String createMachine(String name) {
    return sfn.createStateMachine(r -> r.name(name).definition(PASS).roleArn(ROLE))
        .stateMachineArn();
  }

  @Override
  public void close() {
    sfn.close();
    server.stop();
    store.close();
  }
}
