package io.stepwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.validate.MachineType;
import io.stepwise.engine.state.ExecutionState;
import org.junit.jupiter.api.Test;

class ExecutionIdentityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "arn:aws:states:eu-west-1:123456789012:";
  private static final String MACHINE = PREFIX + "stateMachine:M";
  private static final String ROLE = "arn:aws:iam::123456789012:role/r";

  private static ExecutionIdentity identity(String executionArn) {
    return new ExecutionIdentity(executionArn, "run", MACHINE, "M", ROLE, "eu-west-1");
  }

  @Test
  void anExpressExecutionIsKnownByItsArnsResourceType() {
    assertThat(identity(PREFIX + "express:M:run:0b5e7a3c").isExpress()).isTrue();
    assertThat(identity(PREFIX + "execution:M:run").isExpress()).isFalse();
    assertThat(identity(PREFIX + "execution:express:run").isExpress()).isFalse();
  }

  @Test
  void onlyAStandardExecutionsContextHasARedriveCount() throws Exception {
    assertThat(
            executionContext(PREFIX + "execution:M:run", MachineType.STANDARD).has("RedriveCount"))
        .isTrue();
    assertThat(executionContext(PREFIX + "express:M:run:1d2c", MachineType.EXPRESS))
        .isEqualTo(
            JSON.readTree(
                """
                {"Id":"%sexpress:M:run:1d2c","Input":{},"StartTime":"2023-11-14T22:13:20.000Z",
                 "Name":"run","RoleArn":"%s"}"""
                    .formatted(PREFIX, ROLE)));
  }

  /** What {@code $$.Execution} reads in an execution of a one-Pass machine. */
  private static JsonNode executionContext(String executionArn, MachineType type) throws Exception {
    Engine engine =
        new Engine(
            DefinitionParser.parse(
                    """
                    {"StartAt":"P","States":{"P":{"Type":"Pass","End":true,
                      "Parameters":{"execution.$":"$$.Execution"}}}}""",
                    type)
                .machine(),
            EngineOptions.defaults());
    ExecutionState state = engine.newExecution(identity(executionArn));
    engine.decide(state, new Command.Start(JSON.readTree("{}")), 1_700_000_000_000L);
    return state.output().get("execution");
  }
}
