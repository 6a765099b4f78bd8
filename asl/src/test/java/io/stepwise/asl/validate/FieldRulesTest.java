package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.Definitions.check;
import static io.stepwise.asl.validate.Definitions.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stepwise.asl.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

  @Test
  void aValidStateHasNoDiagnostics() {
    assertThat(check(single("{'Type':'Pass','Comment':'c','Result':1,'End':true}"))).isEmpty();
  }

  @Test
  void anUnknownFieldIsReportedAtItsState() {
    assertThat(check(single("{'Type':'Pass','Colour':'red','End':true}")))
        .extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple(
                "SCHEMA_VALIDATION_FAILED",
                "/States/S",
                "The field 'Colour' is not supported by Step Functions"));
  }

  @Test
  void aFieldOfAnotherStateTypeIsNotAllowed() {
    assertThat(
            check(single("{'Type':'Pass','Resource':'arn:aws:states:::lambda:invoke','End':true}")))
        .extracting(Diagnostic::message)
        .containsExactly("The field 'Resource' is not supported by Step Functions");
  }

  @Test
  void aFieldOfTheWrongJsonTypeIsReportedAtTheField() {
    assertThat(check(single("{'Type':'Pass','Comment':5,'End':'yes'}")))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .contains(
            tuple(
                "/States/S/Comment", "The field 'Comment' must be a string, but it is an integer"),
            tuple("/States/S/End", "The field 'End' must be a boolean, but it is a string"));
  }

  @Test
  void aMissingTypeIsRequired() {
    assertThat(check(single("{'End':true}")))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(tuple("/States/S", "These fields are required: [Type]"));
  }

  @Test
  void anUnknownTypeListsTheKnownOnes() {
    assertThat(check(single("{'Type':'Sleep','End':true}")))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .contains(
            tuple(
                "/States/S/Type",
                "The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed,"
                    + " Fail, Choice, Parallel, Map]"));
  }

  @Test
  void taskNeedsResourceParallelNeedsBranchesChoiceNeedsChoices() {
    assertThat(check(single("{'Type':'Task','End':true}")))
        .extracting(Diagnostic::message)
        .contains("These fields are required: [Resource]");
    assertThat(check(single("{'Type':'Parallel','End':true}")))
        .extracting(Diagnostic::message)
        .contains("These fields are required: [Branches]");
    assertThat(
            check(
                "{'StartAt':'C','States':{'C':{'Type':'Choice','Default':'E'},"
                    + "'E':{'Type':'Succeed'}}}"))
        .extracting(Diagnostic::message)
        .contains("These fields are required: [Choices]");
  }

  @Test
  void emptyBranchesAndChoicesAreRejected() {
    assertThat(check(single("{'Type':'Parallel','Branches':[],'End':true}")))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(tuple("/States/S/Branches", "Value cannot be empty"));
  }

  @Test
  void theDefinitionMustBeAnObjectWithStatesAndStartAt() {
    assertThat(check("[]"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(tuple("", "Definition must be a valid JSON object"));
    assertThat(check("{}"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(tuple("", "These fields are required: [States, StartAt]"));
    assertThat(check("{'StartAt':'S','States':{'S':{'Type':'Succeed'}},'Foo':1}"))
        .extracting(Diagnostic::message)
        .containsExactly("The field 'Foo' is not supported by Step Functions");
  }

  @Test
  void theTopLevelFieldsHaveTheirTypesAndRanges() {
    assertThat(
            check(
                "{'StartAt':'S','Version':1,'TimeoutSeconds':0,"
                    + "'States':{'S':{'Type':'Succeed'}}}"))
        .extracting(Diagnostic::pointer)
        .containsExactlyInAnyOrder("/Version", "/TimeoutSeconds");
  }

  @Test
  void aStateThatIsNotAnObjectIsReportedOnce() {
    assertThat(check("{'StartAt':'S','States':{'S':{'Type':'Pass','Next':'T'},'T':3}}"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(tuple("/States/T", "A state must be a JSON object, but it is an integer"));
  }

  @Test
  void stateNamesLongerThanEightyCharactersAreInvalid() {
    String name = "n".repeat(81);
    assertThat(check("{'StartAt':'" + name + "','States':{'" + name + "':{'Type':'Succeed'}}}"))
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactly(tuple("INVALID_STATE_NAME", "/States/" + name));
    String longest = "n".repeat(80);
    assertThat(
            check("{'StartAt':'" + longest + "','States':{'" + longest + "':{'Type':'Succeed'}}}"))
        .isEmpty();
  }

  @Test
  void aValueCannotBeGivenInTwoForms() {
    assertThat(check(single("{'Type':'Fail','Error':'E','ErrorPath':'$.e'}")))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple("/States/S", "Only one of the fields 'Error' and 'ErrorPath' may be given"));
    assertThat(
            check(
                single(
                    "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                        + "'TimeoutSeconds':5,'TimeoutSecondsPath':'$.t','End':true}")))
        .extracting(Diagnostic::message)
        .containsExactly(
            "Only one of the fields 'TimeoutSeconds' and 'TimeoutSecondsPath' may be given");
  }
}
