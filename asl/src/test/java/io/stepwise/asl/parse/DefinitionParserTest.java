package io.stepwise.asl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.model.Transition;
import io.stepwise.asl.validate.MachineType;
import org.junit.jupiter.api.Test;

class DefinitionParserTest {
  private static final String HELLO_WORLD =
      "{\"Comment\":\"Hello World Step Function\",\"StartAt\":\"Hello\",\"States\":{\"Hello\":"
          + "{\"Type\":\"Pass\",\"Result\":\"Hello, AWS Step Functions!\",\"End\":true}}}";

  @Test
  void parsesHelloWorld() {
    ParseResult result = DefinitionParser.parse(HELLO_WORLD);

    assertThat(result.diagnostics()).isEmpty();
    StateMachine machine = result.machine();
    assertThat(machine.comment()).isEqualTo("Hello World Step Function");
    assertThat(machine.queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
    assertThat(machine.workflow().startAt()).isEqualTo("Hello");
    PassState hello = (PassState) machine.workflow().state("Hello");
    assertThat(hello.result().textValue()).isEqualTo("Hello, AWS Step Functions!");
    assertThat(hello.transition()).isEqualTo(Transition.End.INSTANCE);
    assertThat(hello.inputPath())
        .isInstanceOfSatisfying(
            PathField.Select.class, select -> assertThat(select.path().text()).isEqualTo("$"));
    assertThat(hello.queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
  }

  @Test
  void readsTheMachineLevelFields() {
    StateMachine machine =
        DefinitionParser.parse(
                Json.of(
                    "{'Comment':'c','Version':'1.0','TimeoutSeconds':60,"
                        + "'QueryLanguage':'JSONata','StartAt':'S','States':{'S':{'Type':'Succeed'}}}"))
            .machine();

    assertThat(machine.version()).isEqualTo("1.0");
    assertThat(machine.timeoutSeconds()).isEqualTo(60);
    assertThat(machine.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    assertThat(machine.workflow().state("S").queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    assertThat(machine.source().get("Version").textValue()).isEqualTo("1.0");
  }

  @Test
  void aStateMayOverrideTheMachinesQueryLanguage() {
    StateMachine machine =
        DefinitionParser.parse(
                Json.of(
                    "{'StartAt':'A','States':{'A':{'Type':'Pass','QueryLanguage':'JSONata',"
                        + "'Next':'B'},'B':{'Type':'Succeed'}}}"))
            .machine();

    assertThat(machine.workflow().state("A").queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    assertThat(machine.workflow().state("B").queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
  }

  @Test
  void keepsTheStatesInDefinitionOrder() {
    StateMachine machine =
        DefinitionParser.parse(
                Json.of(
                    "{'StartAt':'Z','States':{'Z':{'Type':'Pass','Next':'A'},"
                        + "'A':{'Type':'Pass','Next':'M'},'M':{'Type':'Succeed'}}}"))
            .machine();

    assertThat(machine.workflow().states().keySet()).containsExactly("Z", "A", "M");
  }

  @Test
  void malformedJsonIsADiagnosticWithLineAndColumn() {
    ParseResult result = DefinitionParser.parse("{\n  \"StartAt\": \"S\",\n  oops }");

    assertThat(result.machine()).isNull();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("INVALID_JSON_DESCRIPTION");
              assertThat(d.message()).contains("line 3, column");
            });
  }

  @Test
  void anUnrecognizedTokenIsLocatedAfterItAsAwsLocatesIt() {
    assertThat(DefinitionParser.parse("not a definition").diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).endsWith("at line 1, column 4"));
  }

  @Test
  void trailingTextAfterTheDefinitionIsMalformed() {
    assertThat(DefinitionParser.parse(HELLO_WORLD + " extra").diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("INVALID_JSON_DESCRIPTION");
  }

  @Test
  void blankTextIsNotADefinition() {
    assertThat(DefinitionParser.parse("  ").diagnostics())
        .extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple("SCHEMA_VALIDATION_FAILED", "", "Definition must be a valid JSON object"));
    assertThat(DefinitionParser.parse("\"text\"").diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly("Definition must be a valid JSON object");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    ParseResult result =
        DefinitionParser.parse(
            Json.of(
                "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'Nowhere','Colour':1},"
                    + "'B':{'Type':'Task','End':true},'C':{'Type':'Wait','InputPath':'no path',"
                    + "'End':true}}}"));

    assertThat(result.machine()).isNull();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::pointer)
        .contains("/States/A", "/States/A/Next", "/States/B", "/States/C", "/States/C/InputPath");
  }

  @Test
  void validateServesValidateStateMachineDefinition() {
    String express =
        Json.single(
            "{'Type':'Task','Resource':'arn:aws:states:::sns:publish.waitForTaskToken',"
                + "'End':true}");

    assertThat(DefinitionParser.validate(express, MachineType.STANDARD)).isEmpty();
    assertThat(DefinitionParser.validate(express, MachineType.EXPRESS))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/S/Resource");
  }
}
