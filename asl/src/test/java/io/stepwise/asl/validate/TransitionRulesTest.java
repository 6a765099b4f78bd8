package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.Definitions.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stepwise.asl.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

class TransitionRulesTest {

  @Test
  void startAtMustNameAState() {
    assertThat(check("{'StartAt':'X','States':{'S':{'Type':'Succeed'}}}"))
        .extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple("MISSING_TRANSITION_TARGET", "/StartAt", "Missing 'StartAt' target: X"));
  }

  @Test
  void nextDefaultChoicesAndCatchMustNameStates() {
    String definition =
        "{'StartAt':'A','States':{"
            + "'A':{'Type':'Pass','Next':'B'},"
            + "'B':{'Type':'Choice','Choices':[{'Variable':'$.x','IsNull':true,'Next':'Nope1'}],"
            + "'Default':'Nope2'},"
            + "'C':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
            + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Nope3'}]}}}";
    assertThat(check(definition))
        .filteredOn(d -> d.code().equals("MISSING_TRANSITION_TARGET"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple("/States/B/Default", "Missing 'Default' target: Nope2"),
            tuple("/States/B/Choices/0/Next", "Missing 'Next' target: Nope1"),
            tuple("/States/C/Catch/0/Next", "Missing 'Next' target: Nope3"));
  }

  @Test
  void aStateNoTransitionReachesIsUnreachable() {
    assertThat(check("{'StartAt':'A','States':{'A':{'Type':'Succeed'},'B':{'Type':'Succeed'}}}"))
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactly(tuple("UNREACHABLE_STATE", "/States/B"));
  }

  @Test
  void catchTargetsAreReachable() {
    assertThat(
            check(
                "{'StartAt':'A','States':{'A':{'Type':'Task','Resource':"
                    + "'arn:aws:states:::lambda:invoke','End':true,'Catch':[{'ErrorEquals':"
                    + "['States.ALL'],'Next':'F'}]},'F':{'Type':'Fail'}}}"))
        .isEmpty();
  }

  @Test
  void aWorkflowWithoutTerminalStateIsRejected() {
    assertThat(
            check(
                "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},"
                    + "'B':{'Type':'Pass','Next':'A'}}}"))
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactly(tuple("MISSING_END_STATE", ""));
  }

  @Test
  void aStateNeedsExactlyOneOfNextAndEnd() {
    assertThat(
            check(
                "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B','End':true},"
                    + "'B':{'Type':'Pass'}}}"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .contains(
            tuple("/States/A", "Only one of the fields 'Next' and 'End' may be given"),
            tuple("/States/B", "The state must have a 'Next' field or an 'End' field set to true"));
  }

  @Test
  void nestedWorkflowsAreCheckedWithTheirOwnPointers() {
    String definition =
        "{'StartAt':'P','States':{'P':{'Type':'Parallel','End':true,'Branches':["
            + "{'StartAt':'X','States':{'X':{'Type':'Pass','Next':'Y'}}}]}}}";
    assertThat(check(definition))
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactlyInAnyOrder(
            tuple("MISSING_TRANSITION_TARGET", "/States/P/Branches/0/States/X/Next"),
            tuple("MISSING_END_STATE", "/States/P/Branches/0"));
  }

  @Test
  void aBranchCannotJumpToAStateOutsideIt() {
    String definition =
        "{'StartAt':'P','States':{'P':{'Type':'Parallel','Next':'Done','Branches':["
            + "{'StartAt':'X','States':{'X':{'Type':'Pass','Next':'Done'}}}]},"
            + "'Done':{'Type':'Succeed'}}}";
    assertThat(check(definition))
        .extracting(Diagnostic::pointer)
        .contains("/States/P/Branches/0/States/X/Next");
  }

  @Test
  void stateNamesAreUniqueAcrossNestedWorkflows() {
    String definition =
        "{'StartAt':'P','States':{'P':{'Type':'Parallel','End':true,'Branches':["
            + "{'StartAt':'X','States':{'X':{'Type':'Succeed'}}},"
            + "{'StartAt':'X','States':{'X':{'Type':'Succeed'}}}]}}}";
    assertThat(check(definition))
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactly(tuple("DUPLICATE_STATE_NAME", "/States/P/Branches/1/States/X"));
  }
}
