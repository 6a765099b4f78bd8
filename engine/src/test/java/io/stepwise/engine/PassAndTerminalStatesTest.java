package io.stepwise.engine;

import static io.stepwise.engine.EngineHarness.given;
import static io.stepwise.engine.EngineHarness.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassAndTerminalStatesTest {

  @Test
  void passResultGoesToResultPathAndEventsLinkAsOnAws() {
    var run =
        given(
                """
                {"StartAt":"A","States":{
                  "A":{"Type":"Pass","Result":{"x":1},"ResultPath":"$.r","Next":"B"},
                  "B":{"Type":"Pass","End":true}}}""")
            .run("{'in':true}");

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.state().output()).isEqualTo(parse("{'in':true,'r':{'x':1}}"));
    assertThat(run.links())
        .containsExactly(
            "1/0 ExecutionStarted",
            "2/0 PassStateEntered",
            "3/2 PassStateExited",
            "4/3 PassStateEntered",
            "5/4 PassStateExited",
            "6/5 ExecutionSucceeded");
  }

  @Test
  void passParametersReadTheContextObject() {
    var run =
        given(
                """
                {"StartAt":"A","States":{"A":{"Type":"Pass","End":true,
                  "Parameters":{"name.$":"$$.State.Name","exec.$":"$$.Execution.Name","v.$":"$.v"}}}}""")
            .run("{'v':7}");

    assertThat(run.state().output()).isEqualTo(parse("{'name':'A','exec':'run-1','v':7}"));
  }

  @Test
  void nullPathsDiscardInputAndOutput() {
    var run =
        given(
                """
                {"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":null,"ResultPath":"$.k",
                  "OutputPath":null,"End":true}}}""")
            .run("{'a':1}");

    assertThat(run.state().output()).isEqualTo(parse("{}"));
  }

  @Test
  void failStateFailsTheExecutionWithItsErrorAndCause() {
    var run =
        given(
                """
                {"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.e","Cause":"why"}}}""")
            .run("{'e':'Boom'}");

    assertThat(run.state().status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.state().error()).isEqualTo("Boom");
    assertThat(run.state().cause()).isEqualTo("why");
    assertThat(run.links())
        .containsExactly("1/0 ExecutionStarted", "2/0 FailStateEntered", "3/2 ExecutionFailed");
  }

  @Test
  void invalidInputPathFailsWithStatesRuntimeAndAwsPrefix() {
    var run =
        given(
                """
            {"StartAt":"p","States":{"p":{"Type":"Pass","InputPath":"$.nope","End":true}}}""")
            .run("{}");

    assertThat(run.state().error()).isEqualTo("States.Runtime");
    assertThat(run.state().cause())
        .startsWith(
            "An error occurred while executing the state 'p' (entered at the event id #2). ");
    assertThat(run.types())
        .containsExactly("ExecutionStarted", "PassStateEntered", "ExecutionFailed");
  }

  @Test
  void succeedStateAppliesInputPathAndOutputPath() {
    var run =
        given(
                """
                {"StartAt":"S","States":{"S":{"Type":"Succeed","InputPath":"$.a","OutputPath":"$.b"}}}""")
            .run("{'a':{'b':5}}");

    assertThat(run.state().output()).isEqualTo(parse("5"));
    assertThat(run.types())
        .containsExactly(
            "ExecutionStarted", "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded");
  }

  @Test
  void choiceTakesTheFirstMatchingRuleThenDefaultThenFails() {
    String definition =
        """
        {"StartAt":"C","States":{
          "C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericGreaterThan":10,"Next":"Big"}],
               "Default":"Small"},
          "Big":{"Type":"Pass","Result":"big","End":true},
          "Small":{"Type":"Pass","Result":"small","End":true}}}""";

    assertThat(given(definition).run("{'n':11}").state().output()).isEqualTo(parse("'big'"));
    assertThat(given(definition).run("{'n':1}").state().output()).isEqualTo(parse("'small'"));

    var noMatch =
        given(
                """
                {"StartAt":"C","States":{
                  "C":{"Type":"Choice","Choices":[{"Variable":"$.n","IsNull":true,"Next":"E"}]},
                  "E":{"Type":"Succeed"}}}""")
            .run("{'n':1}");
    assertThat(noMatch.state().error()).isEqualTo("States.NoChoiceMatched");
  }

  @Test
  void aResultLargerThan256KibFailsWithDataLimitExceeded() {
    String big = "a".repeat(256 * 1024);
    var run =
        given(
                """
                {"StartAt":"State_1","States":{"State_1":{"Type":"Pass","Result":{"Arg1":"%s"},
                  "Next":"Done"},"Done":{"Type":"Succeed"}}}"""
                    .formatted(big))
            .run("{}");

    // The expected cause and history are those AWS recorded for this case.
    assertThat(run.state().error()).isEqualTo("States.DataLimitExceeded");
    assertThat(run.state().cause())
        .isEqualTo(
            "The state/task 'State_1' returned a result with a size exceeding the maximum number"
                + " of bytes service limit.");
    assertThat(run.links())
        .containsExactly("1/0 ExecutionStarted", "2/0 PassStateEntered", "3/2 ExecutionFailed");
  }
}
