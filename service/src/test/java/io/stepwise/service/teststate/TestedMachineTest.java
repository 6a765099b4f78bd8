package io.stepwise.service.teststate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.parse.DefinitionParser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestedMachineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode json(String text) throws Exception {
    return (ObjectNode) JSON.readTree(text);
  }

  @Test
  void everyStateTheTestedStateGoesToEndsTheRun() throws Exception {
    ObjectNode machine =
        TestedMachine.build(
            "Pick",
            json(
                """
                {"Type":"Choice","Choices":[{"Variable":"$.a","IsPresent":true,"Next":"A"}],
                 "Default":"B"}"""),
            null,
            JSON.createObjectNode(),
            Optional.empty());

    assertThat(machine)
        .isEqualTo(
            json(
                """
                {"StartAt":"Pick","States":{
                  "Pick":{"Type":"Choice","Choices":[{"Variable":"$.a","IsPresent":true,"Next":"A"}],
                          "Default":"B"},
                  "B":{"Type":"Succeed"},"A":{"Type":"Succeed"}}}"""));
    assertThat(DefinitionParser.parse(machine).isValid()).isTrue();
  }

  @Test
  void aStateThatGoesToItselfGoesToAStandIn() throws Exception {
    ObjectNode machine =
        TestedMachine.build(
            "Loop",
            json("{\"Type\":\"Wait\",\"Seconds\":1,\"Next\":\"Loop\"}"),
            null,
            JSON.createObjectNode(),
            Optional.empty());

    String standIn = machine.path("States").path("Loop").path("Next").asText();
    assertThat(standIn).isNotEqualTo("Loop");
    assertThat(machine.path("States").path(standIn).path("Type").asText()).isEqualTo("Succeed");
    assertThat(TestedMachine.nextState(standIn, "Loop")).isEqualTo("Loop");
    assertThat(TestedMachine.nextState("Other", "Loop")).isEqualTo("Other");
  }

  @Test
  void variablesAreAssignedByAStateBeforeAsJsonataLiterals() throws Exception {
    ObjectNode machine =
        TestedMachine.build(
            "S",
            json("{\"Type\":\"Succeed\"}"),
            JSON.getNodeFactory().textNode("JSONata"),
            json("{\"text\":\"{% not an expression %}\",\"n\":[1]}"),
            Optional.empty());

    String seed = machine.path("StartAt").asText();
    assertThat(machine.path("States").path(seed).path("Assign"))
        .isEqualTo(
            json("{\"text\":\"{% \\\"{% not an expression %}\\\" %}\",\"n\":\"{% [1] %}\"}"));
    assertThat(machine.path("States").path(seed).path("Next").asText()).isEqualTo("S");
    assertThat(DefinitionParser.parse(machine).isValid()).isTrue();
  }

  @Test
  void aMockedParallelStateHasOneBranchPerMockedResult() throws Exception {
    ObjectNode parallel =
        json(
            """
            {"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"X","States":{"X":{"Type":"Pass","End":true}}},
              {"StartAt":"Y","States":{"Y":{"Type":"Pass","End":true}}}]}""");
    TestMock mock = new TestMock(JSON.readTree("[1,{\"b\":2}]"), null, null, "STRICT");

    ObjectNode machine =
        TestedMachine.build("P", parallel, null, JSON.createObjectNode(), Optional.of(mock));

    assertThat(DefinitionParser.parse(machine).isValid()).isTrue();
    assertThat(machine.path("States").path("P").path("Branches")).hasSize(2);
    assertThat(machine.toString()).doesNotContain("\"X\"").contains("{% {\\\"b\\\":2} %}");
  }
}
