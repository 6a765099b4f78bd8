package io.stepwise.asl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stepwise.asl.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed paths, intrinsic calls and templates become diagnostics at their fields. */
class SyntaxDiagnosticsTest {

  private static List<Diagnostic> diagnostics(String definition) {
    ParseResult result = DefinitionParser.parse(definition);
    assertThat(result.machine()).isNull();
    return result.diagnostics();
  }

  @Test
  void aMalformedPathIsReportedAtItsField() {
    assertThat(diagnostics(Json.single("{'Type':'Pass','InputPath':'not a path','End':true}")))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("SCHEMA_VALIDATION_FAILED");
              assertThat(d.pointer()).isEqualTo("/States/S/InputPath");
              assertThat(d.message())
                  .startsWith("The value for the field 'InputPath' must be a valid JSONPath");
            });
  }

  @Test
  void aMalformedIntrinsicCallIsReportedAtItsField() {
    assertThat(diagnostics(Json.single("{'Type':'Fail','CausePath':'States.NoSuchFunction()'}")))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/S/CausePath");
  }

  @Test
  void aMalformedTemplateIsReportedInsideItsField() {
    assertThat(
            diagnostics(
                Json.single("{'Type':'Pass','Parameters':{'a':{'b.$':'nope'}}," + "'End':true}")))
        .singleElement()
        .satisfies(d -> assertThat(d.pointer()).startsWith("/States/S/Parameters"));
  }

  @Test
  void problemsInsideNestedWorkflowsCarryTheirFullPointer() {
    assertThat(
            diagnostics(
                Json.single(
                    "{'Type':'Parallel','End':true,'Branches':[{'StartAt':"
                        + "'X','States':{'X':{'Type':'Pass','OutputPath':'bad','End':true}}}]}")))
        .extracting(Diagnostic::pointer)
        .containsExactly("/States/S/Branches/0/States/X/OutputPath");
  }

  @Test
  void aMalformedChoiceRuleIsReportedAtItsRule() {
    assertThat(
            diagnostics(
                Json.of(
                    "{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':"
                        + "[{'Variable':'$.x','NumericEquals':'one','Next':'D'}],'Default':'D'},"
                        + "'D':{'Type':'Succeed'}}}")))
        .extracting(Diagnostic::pointer)
        .allSatisfy(pointer -> assertThat(pointer).startsWith("/States/C/Choices/0"));
  }

  @Test
  void resultPathMustBeAReferencePathIntoTheInput() {
    for (String path : List.of("$.a[*]", "$$.Execution", "$..a", "$.a[?(@.b)]")) {
      assertThat(diagnostics(Json.single("{'Type':'Pass','ResultPath':'" + path + "','End':true}")))
          .extracting(Diagnostic::pointer, Diagnostic::message)
          .containsExactly(
              tuple(
                  "/States/S/ResultPath",
                  "The value for the field 'ResultPath' must be a valid ReferencePath"));
    }
  }
}
