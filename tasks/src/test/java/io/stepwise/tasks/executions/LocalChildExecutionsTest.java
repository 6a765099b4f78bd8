package io.stepwise.tasks.executions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.runtime.InMemoryRuntime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalChildExecutionsTest {
  private static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";

  private final LocalChildExecutions children =
      new LocalChildExecutions(
          Map.of(
              "Broken",
              DefinitionParser.parse(
                      """
                      {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Bad","Cause":"no"}}}""")
                  .machine()),
          new InMemoryRuntime());

  @Test
  void aChildRunsToItsEndAndIsDescribedAsTheApiDescribesIt() {
    ChildStart start =
        children.start(PREFIX + "stateMachine:Broken:live", "kid", "{\"a\":1}", false);

    ChildStart.Started started = (ChildStart.Started) start;
    assertThat(started.executionArn()).isEqualTo(PREFIX + "execution:Broken:kid");
    ObjectNode described = started.end().toCompletableFuture().join();
    assertThat(described.get("status").asText()).isEqualTo("FAILED");
    assertThat(described.get("error").asText()).isEqualTo("Bad");
    assertThat(described.get("cause").asText()).isEqualTo("no");
    assertThat(described.get("input").asText()).isEqualTo("{\"a\":1}");
    assertThat(described.get("stateMachineArn").asText()).isEqualTo(PREFIX + "stateMachine:Broken");
    assertThat(described.has("output")).isFalse();
  }

  @Test
  void anUnknownMachineOrABadInputIsRefusedAsStartExecutionRefusesThem() {
    assertThat(children.start(PREFIX + "stateMachine:Nope", "kid", "{}", false))
        .isEqualTo(
            new ChildStart.Refused(
                "StateMachineDoesNotExist",
                "State Machine Does Not Exist: '" + PREFIX + "stateMachine:Nope'"));
    assertThat(children.start("not-an-arn", "kid", "{}", false))
        .isInstanceOf(ChildStart.Refused.class);
    ChildStart badInput = children.start(PREFIX + "stateMachine:Broken", "kid", "{", false);
    assertThat(((ChildStart.Refused) badInput).type()).isEqualTo("InvalidExecutionInput");
  }
}
