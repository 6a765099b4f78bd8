package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.Definitions.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class VariableScopeRulesTest {
  private static final String SEED = "'Seed':{'Type':'Pass','Assign':{'shared':1},'Next':'Fan'},";

  @Test
  void aMapIterationCannotAssignAVariableOfTheOuterScope() {
    assertThat(
            check(
                "{'StartAt':'Seed','States':{"
                    + SEED
                    + "'Fan':{'Type':'Map','End':true,'ItemProcessor':{'StartAt':'In','States':{"
                    + "'In':{'Type':'Pass','Assign':{'shared.$':'$.x'},'End':true}}}}}}"))
        .extracting("code", "pointer")
        .containsExactly(
            tuple(
                "SCHEMA_VALIDATION_FAILED", "/States/Fan/ItemProcessor/States/In/Assign/shared.$"));
  }

  @Test
  void aParallelBranchCannotAssignInAChoiceRuleOrCatcherAVariableOfTheOuterScope() {
    assertThat(
            check(
                "{'StartAt':'Seed','States':{"
                    + SEED
                    + "'Fan':{'Type':'Parallel','End':true,'Branches':[{'StartAt':'C','States':{"
                    + "'C':{'Type':'Choice','Choices':[{'Variable':'$.x','IsNull':true,"
                    + "'Assign':{'shared':2},'Next':'D'}],'Default':'D'},"
                    + "'D':{'Type':'Succeed'}}}]}}}"))
        .extracting("pointer")
        .containsExactly("/States/Fan/Branches/0/States/C/Choices/0/Assign/shared");
  }

  @Test
  void aNestedScopeCannotAssignAVariableOfAnyEnclosingScope() {
    assertThat(
            check(
                "{'StartAt':'Outer','States':{'Outer':{'Type':'Map','End':true,"
                    + "'ItemProcessor':{'StartAt':'Set','States':{"
                    + "'Set':{'Type':'Pass','Assign':{'mid':1},'Next':'Inner'},"
                    + "'Inner':{'Type':'Map','End':true,'ItemProcessor':{'StartAt':'In','States':{"
                    + "'In':{'Type':'Pass','Assign':{'mid':2},'End':true}}}}}}}}}"))
        .extracting("pointer")
        .containsExactly(
            "/States/Outer/ItemProcessor/States/Inner/ItemProcessor/States/In/Assign/mid");
  }

  @Test
  void sameScopeReassignmentSiblingScopesAndTheCatcherOfTheEnclosingStateAreAccepted() {
    assertThat(
            check(
                "{'StartAt':'Seed','States':{"
                    + SEED
                    + "'Fan':{'Type':'Parallel','Next':'Again',"
                    + "'Catch':[{'ErrorEquals':['States.ALL'],'Assign':{'shared':3},'Next':'Again'}],"
                    + "'Branches':["
                    + "{'StartAt':'A','States':{'A':{'Type':'Pass','Assign':{'local':1},'End':true}}},"
                    + "{'StartAt':'B','States':{'B':{'Type':'Pass','Assign':{'local':2},'End':true}}}]},"
                    + "'Again':{'Type':'Pass','Assign':{'shared':4},'End':true}}}"))
        .isEmpty();
  }
}
