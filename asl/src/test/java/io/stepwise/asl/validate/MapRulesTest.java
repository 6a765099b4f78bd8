package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.Definitions.check;
import static io.stepwise.asl.validate.Definitions.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stepwise.asl.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MapRulesTest {
  private static final String INNER = "'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}";

  private static List<Diagnostic> map(String fields) {
    return check(single("{'Type':'Map'," + fields + ",'End':true}"));
  }

  @Test
  void aMapNeedsOneItemProcessor() {
    assertThat(map("'ItemsPath':'$.items'"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(tuple("/States/S", "These fields are required: [ItemProcessor]"));
    assertThat(map("'ItemProcessor':{" + INNER + "},'Iterator':{" + INNER + "}"))
        .extracting(Diagnostic::message)
        .containsExactly("Only one of the fields 'ItemProcessor' and 'Iterator' may be given");
  }

  @Test
  void theLegacyIteratorAndParametersAreAccepted() {
    assertThat(map("'Iterator':{" + INNER + "},'Parameters':{'a.$':'$$.Map.Item.Value'}"))
        .isEmpty();
  }

  @Test
  void theItemProcessorIsValidatedAsANestedWorkflow() {
    assertThat(map("'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','Next':'Q'}}}"))
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .contains(tuple("MISSING_TRANSITION_TARGET", "/States/S/ItemProcessor/States/P/Next"));
  }

  @Test
  void theProcessorConfigHasKnownValues() {
    assertThat(
            map(
                "'ItemProcessor':{'ProcessorConfig':{'Mode':'SIDEWAYS','ExecutionType':'X',"
                    + "'Other':1},"
                    + INNER
                    + "}"))
        .extracting(Diagnostic::pointer)
        .containsExactlyInAnyOrder(
            "/States/S/ItemProcessor/ProcessorConfig",
            "/States/S/ItemProcessor/ProcessorConfig/Mode",
            "/States/S/ItemProcessor/ProcessorConfig/ExecutionType");
    assertThat(
            map(
                "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
                    + "'ExecutionType':'EXPRESS'},"
                    + INNER
                    + "},'Label':'my-label_1',"
                    + "'ItemReader':{'Resource':'arn:aws:states:::s3:getObject'},"
                    + "'ItemBatcher':{'MaxItemsPerBatch':10}"))
        .isEmpty();
  }

  @Test
  void anItemReaderNeedsAResource() {
    assertThat(map("'ItemProcessor':{" + INNER + "},'ItemReader':{'ReaderConfig':{}}"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(tuple("/States/S/ItemReader", "These fields are required: [Resource]"));
  }

  @Test
  void labelsAreNotEmptyNorLongerThanForty() {
    assertThat(map("'ItemProcessor':{" + INNER + "},'Label':''"))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(tuple("/States/S/Label", "Label cannot be empty"));
    assertThat(map("'ItemProcessor':{" + INNER + "},'Label':'" + "x".repeat(41) + "'"))
        .extracting(Diagnostic::message)
        .containsExactly("Label cannot exceed 40 characters");
    assertThat(map("'ItemProcessor':{" + INNER + "},'Label':'" + "x".repeat(40) + "'")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "<", "?", "*", "#", "~", "$", "%", "\\u0085", "\\u0001", "\\\\"})
  void labelsHaveNoReservedCharacters(String character) {
    assertThat(map("'ItemProcessor':{" + INNER + "},'Label':'label_" + character + "'"))
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .startsWith("Label contains invalid character: '");
  }

  @Test
  void invisibleCharactersAreShownAsPythonDoes() {
    assertThat(map("'ItemProcessor':{" + INNER + "},'Label':'a\\u0085'"))
        .extracting(Diagnostic::message)
        .containsExactly("Label contains invalid character: '\\x85'");
  }
}
