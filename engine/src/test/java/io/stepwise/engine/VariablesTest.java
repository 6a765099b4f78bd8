package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static io.stepwise.engine.EngineHarness.parse;
import static io.stepwise.engine.TaskStateTest.FN;
import static io.stepwise.engine.TaskStateTest.fail;
import static io.stepwise.engine.TaskStateTest.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.history.HistoryRenderer;
import io.stepwise.engine.state.ExecutionState;
import org.junit.jupiter.api.Test;

class VariablesTest {

  @Test
  void everyAssignmentOfAStateReadsTheValuesFromBeforeTheState() {
    var run =
        given(
                """
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":{"x":1,"y":2},"Next":"B"},
                  "B":{"Type":"Pass","Assign":{"x.$":"$y","y.$":"$x"},"Next":"C"},
                  "C":{"Type":"Pass","Parameters":{"x.$":"$x","y.$":"$y"},"End":true}}}""")
            .run("{}");

    assertThat(run.state().output()).isEqualTo(parse("{'x':2,'y':1}"));
  }

  @Test
  void jsonPathAssignReadsTheResultAfterResultSelectorNotTheOutput() {
    var run =
        given(
                """
                {"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"%s","ResultSelector":{"v.$":"$.out"},
                    "ResultPath":"$.res","Assign":{"r.$":"$.v"},"Next":"P"},
                  "P":{"Type":"Pass","Parameters":{"r.$":"$r","res.$":"$.res"},"End":true}}}"""
                    .formatted(FN))
            .task(FN, parameters -> succeed("{'out':5}"))
            .run("{'in':1}");

    assertThat(run.state().output()).isEqualTo(parse("{'r':5,'res':{'v':5}}"));
  }

  @Test
  void passAssignReadsItsResultAndOutputPathReadsNewVariablesOnlyInTheNextState() {
    var run =
        given(
                """
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Result":{"answer":42},"Assign":{"a.$":"$.answer"},
                    "ResultPath":"$.r","Next":"B"},
                  "B":{"Type":"Pass","InputPath":"$a","End":true}}}""")
            .run("{}");

    assertThat(run.state().output()).isEqualTo(parse("42"));
  }

  @Test
  void iterationsReadOuterVariablesAndTheirOwnAssignmentsEndWithThem() {
    var run =
        given(
                """
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":{"x":10,"items":[1,2]},"Next":"M"},
                  "M":{"Type":"Map","ItemsPath":"$items","ItemProcessor":{
                    "ProcessorConfig":{"Mode":"INLINE"},"StartAt":"I","States":{
                      "I":{"Type":"Pass","Assign":{"inner.$":"$x"},"Next":"J"},
                      "J":{"Type":"Pass","Parameters":{"seen.$":"$inner"},"End":true}}},
                    "Assign":{"results.$":"$"},"End":true}}}""")
            .run("{}");

    ExecutionState state = run.state();
    assertThat(state.output()).isEqualTo(parse("[{'seen':10},{'seen':10}]"));
    assertThat(state.variable(state.frame(0), "inner")).isNull();
    assertThat(state.variable(state.frame(0), "results"))
        .isEqualTo(parse("[{'seen':10},{'seen':10}]"));
  }

  @Test
  void parallelBranchesReadOuterVariables() {
    var run =
        given(
                """
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":{"x":"outer"},"Next":"P"},
                  "P":{"Type":"Parallel","End":true,"Branches":[
                    {"StartAt":"B","States":{"B":{"Type":"Pass","Parameters":{"x.$":"$x"},"End":true}}},
                    {"StartAt":"C","States":{"C":{"Type":"Pass","Result":2,"End":true}}}]}}}""")
            .run("{}");

    assertThat(run.state().output()).isEqualTo(parse("[{'x':'outer'},2]"));
  }

  @Test
  void catcherAssignReadsTheErrorOutput() {
    var run =
        given(
                """
                {"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"%s","End":true,"Catch":[{"ErrorEquals":["States.ALL"],
                    "Assign":{"err.$":"$.Error"},"ResultPath":"$.e","Next":"P"}]},
                  "P":{"Type":"Pass","Parameters":{"err.$":"$err"},"End":true}}}"""
                    .formatted(FN))
            .task(FN, parameters -> fail("Boom"))
            .run("{}");

    assertThat(run.state().output()).isEqualTo(parse("{'err':'Boom'}"));
  }

  @Test
  void assignedVariablesAreRecordedAsJsonTextAndFoldedByReplay() {
    var run =
        given(
                """
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Assign":{"list":[1,2],"name":"n"},"End":true}}}""")
            .run("{}");

    var exited = HistoryRenderer.render(run.history().get(2)).get("stateExitedEventDetails");
    assertThat(exited.get("assignedVariables"))
        .isEqualTo(parse("{'list':'[1,2]','name':'\\\"n\\\"'}"));
    assertThat(exited.get("assignedVariablesDetails")).isEqualTo(parse("{'truncated':false}"));
    Engine engine = new Engine(run.state().machine());
    ExecutionState replayed = engine.replay(run.state().identity(), run.history());
    assertThat(replayed.variable(replayed.frame(0), "list")).isEqualTo(parse("[1,2]"));
    assertThat(replayed.snapshot()).isEqualTo(run.state().snapshot());
  }
}
