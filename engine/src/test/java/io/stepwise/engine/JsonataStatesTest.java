package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static io.stepwise.engine.EngineHarness.parse;
import static io.stepwise.engine.TaskStateTest.FN;
import static io.stepwise.engine.TaskStateTest.fail;
import static io.stepwise.engine.TaskStateTest.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryRenderer;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class JsonataStatesTest {

  @Test
  void taskArgumentsOutputAndAssignReadStates() {
    AtomicReference<Object> arguments = new AtomicReference<>();
    var run =
        given(
                """
                {"QueryLanguage":"JSONata","StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"%s","Arguments":{"x":"{%% $states.input.a %%}"},
                    "Output":{"res":"{%% $states.result.out %%}","in":"{%% $states.input.a %%}"},
                    "Assign":{"seen":"{%% $states.result.out %%}"},"Next":"P"},
                  "P":{"Type":"Pass","Output":"{%% [$seen, $states.input.res] %%}","End":true}}}"""
                    .formatted(FN))
            .task(
                FN,
                parameters -> {
                  arguments.set(parameters);
                  return succeed("{'out':7}");
                })
            .run("{'a':3}");

    assertThat(arguments.get()).isEqualTo(parse("{'x':3}"));
    assertThat(run.state().output()).isEqualTo(parse("[7,7]"));
  }

  @Test
  void catcherOutputAndAssignReadTheErrorOutput() {
    var run =
        given(
                """
                {"QueryLanguage":"JSONata","StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"%s","End":true,"Catch":[{"ErrorEquals":["States.ALL"],
                    "Output":{"error":"{%% $states.errorOutput.Error %%}","in":"{%% $states.input %%}"},
                    "Assign":{"cause":"{%% $states.errorOutput.Cause %%}"},"Next":"P"}]},
                  "P":{"Type":"Pass","Output":{"caught":"{%% $states.input %%}","cause":"{%% $cause %%}"},
                    "End":true}}}"""
                    .formatted(FN))
            .task(FN, parameters -> fail("Boom"))
            .run("{'k':1}");

    assertThat(run.state().output())
        .isEqualTo(parse("{'caught':{'error':'Boom','in':{'k':1}},'cause':'it broke'}"));
  }

  @Test
  void choiceTakesTheFirstTrueConditionWithItsOutputAndTheDefaultWithTheStates() {
    String definition =
        """
        {"QueryLanguage":"JSONata","StartAt":"C","States":{
          "C":{"Type":"Choice","Default":"D","Assign":{"path":"default"},"Choices":[
            {"Condition":"{% $states.input.n > 10 %}","Next":"D","Output":{"big":true},
              "Assign":{"path":"rule"}}]},
          "D":{"Type":"Pass","Output":{"in":"{% $states.input %}","path":"{% $path %}"},"End":true}}}""";

    assertThat(given(definition).run("{'n':11}").state().output())
        .isEqualTo(parse("{'in':{'big':true},'path':'rule'}"));
    assertThat(given(definition).run("{'n':1}").state().output())
        .isEqualTo(parse("{'in':{'n':1},'path':'default'}"));
  }

  @Test
  void mapItemsAndItemSelectorReadTheInputAndTheItem() {
    var run =
        given(
                """
                {"QueryLanguage":"JSONata","StartAt":"M","States":{
                  "M":{"Type":"Map","Items":"{% $states.input.list %}",
                    "ItemSelector":{"v":"{% $states.context.Map.Item.Value %}",
                      "i":"{% $states.context.Map.Item.Index %}","k":"{% $states.input.k %}"},
                    "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"I",
                      "States":{"I":{"Type":"Pass","End":true}}},
                    "Output":"{% $count($states.result) %}","End":true}}}""")
            .run("{'list':['a','b'],'k':0}");

    assertThat(run.state().output()).isEqualTo(parse("2"));
    assertThat(run.history().get(5).details().toString()).contains("{\"v\":\"a\",\"i\":0,\"k\":0}");
  }

  @Test
  void anUndefinedResultFailsWithQueryEvaluationErrorAndAnEvaluationFailedEvent() {
    var run =
        given(
                """
                {"QueryLanguage":"JSONata","StartAt":"A","States":{
                  "A":{"Type":"Pass","Output":{"r":"{% $states.input.missing %}"},"End":true}}}""")
            .run("{}");

    assertThat(run.state().error()).isEqualTo("States.QueryEvaluationError");
    assertThat(run.state().cause())
        .isEqualTo(
            "An error occurred while executing the state 'A' (entered at the event id #2). The"
                + " JSONata expression '$states.input.missing' specified for the field"
                + " 'Output/r' returned nothing (undefined).");
    assertThat(run.links())
        .containsExactly(
            "1/0 ExecutionStarted",
            "2/0 PassStateEntered",
            "3/0 EvaluationFailed",
            "4/3 ExecutionFailed");
    var details = HistoryRenderer.render(run.history().get(2)).get("evaluationFailedEventDetails");
    assertThat(details.get("location").asText()).isEqualTo("Output/r");
    assertThat(details.get("state").asText()).isEqualTo("A");
  }

  @Test
  void jsonPathAndJsonataStatesMixInOneMachine() {
    var run =
        given(
                """
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Parameters":{"v.$":"$.a"},"Assign":{"kept.$":"$.v"},"Next":"B"},
                  "B":{"Type":"Pass","QueryLanguage":"JSONata",
                    "Output":{"sum":"{% $states.input.v + $kept %}"},"Next":"C"},
                  "C":{"Type":"Pass","Parameters":{"s.$":"$.sum"},"End":true}}}""")
            .run("{'a':2}");

    assertThat(run.state().output()).isEqualTo(parse("{'s':4}"));
  }
}
