package io.stepwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.asl.parse.DefinitionParser;
import io.stepwise.asl.validate.MachineType;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.state.ExecutionState;
import io.stepwise.engine.step.DecisionBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** AWS fails a Standard execution whose history reaches 25,000 events; Express keeps none. */
class HistoryLimitTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";

  /** Counts up in a loop of two states, to {@code $.until}, two events a state. */
  private static final String LOOP =
      """
      {"StartAt":"Count","States":{
        "Count":{"Type":"Pass","Parameters":{"n.$":"States.MathAdd($.n, 1)","until.$":"$.until"},
          "Next":"Done?"},
        "Done?":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericEqualsPath":"$.until",
          "Next":"End"}],"Default":"Count"},
        "End":{"Type":"Succeed"}}}""";

  /** A Map over its input, all items at once: four events an item. */
  private static final String MAP =
      """
      {"StartAt":"Each","States":{"Each":{"Type":"Map","MaxConcurrency":0,"End":true,
        "ItemProcessor":{"StartAt":"Item","States":{"Item":{"Type":"Pass","End":true}}}}}}""";

  private static Engine engine(MachineType type) {
    return engine(LOOP, type);
  }

  private static Engine engine(String definition, MachineType type) {
    return new Engine(DefinitionParser.parse(definition, type).machine(), EngineOptions.defaults());
  }

  private static ExecutionIdentity identity(String resource) {
    return new ExecutionIdentity(
        PREFIX + resource,
        "run",
        PREFIX + "stateMachine:M",
        "M",
        "arn:aws:iam::1:role/r",
        "us-east-1");
  }

  @Test
  void aStandardExecutionFailsAsItsHistoryReachesTheLimit() throws Exception {
    Engine engine = engine(MachineType.STANDARD);
    ExecutionIdentity identity = identity("execution:M:run");
    ExecutionState state = engine.newExecution(identity);

    Decision decision =
        engine.decide(state, new Command.Start(JSON.readTree("{\"n\":0,\"until\":100000}")), 0);

    List<HistoryEvent> events = decision.events();
    assertThat(events).hasSize((int) DecisionBuilder.HISTORY_LIMIT);
    assertThat(events.getLast().type().awsName()).isEqualTo("ExecutionFailed");
    assertThat(state.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(state.error()).isEqualTo("States.Runtime");
    assertThat(state.cause()).contains("25000 events");
    assertThat(decision.effects())
        .containsExactly(new Effect.ExecutionCompleted(ExecutionStatus.FAILED));
    assertThat(engine.replay(identity, events).snapshot()).isEqualTo(state.snapshot());
  }

  @Test
  @Timeout(30) // Before its fix, the Map's loop that starts iterations never ended here.
  void aMapWhoseIterationsOutgrowTheHistoryFailsTheExecutionWhereItFills() throws Exception {
    Engine engine = engine(MAP, MachineType.STANDARD);
    ExecutionState state = engine.newExecution(identity("execution:M:run"));
    StringBuilder items = new StringBuilder("[0");
    for (int i = 1; i < 10_000; i++) {
      items.append(',').append(i);
    }

    Decision decision =
        engine.decide(state, new Command.Start(JSON.readTree(items.append(']').toString())), 0);

    assertThat(decision.events()).hasSize((int) DecisionBuilder.HISTORY_LIMIT);
    assertThat(decision.events().getLast().type().awsName()).isEqualTo("ExecutionFailed");
    assertThat(state.status()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void anExecutionJustUnderTheLimitSucceeds() throws Exception {
    Engine engine = engine(MachineType.STANDARD);
    ExecutionState state = engine.newExecution(identity("execution:M:run"));

    // ExecutionStarted, 4 events per round, the Succeed state's 2, ExecutionSucceeded.
    Decision decision =
        engine.decide(state, new Command.Start(JSON.readTree("{\"n\":0,\"until\":6248}")), 0);

    assertThat(decision.events()).hasSize(24_996);
    assertThat(state.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void anExpressExecutionHasNoHistoryLimit() throws Exception {
    Engine engine = engine(MachineType.EXPRESS);
    ExecutionState state = engine.newExecution(identity("express:M:run:1a2b"));

    Decision decision =
        engine.decide(state, new Command.Start(JSON.readTree("{\"n\":0,\"until\":10000}")), 0);

    assertThat(decision.events()).hasSizeGreaterThan(40_000);
    assertThat(state.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }
}
