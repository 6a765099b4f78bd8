package io.stepwise.asl.parse;

import static io.stepwise.asl.parse.Parsed.expression;
import static io.stepwise.asl.parse.Parsed.literal;
import static io.stepwise.asl.parse.Parsed.path;
import static io.stepwise.asl.parse.Parsed.pathText;
import static io.stepwise.asl.parse.Parsed.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.QueryLanguage;
import org.junit.jupiter.api.Test;

class CompositeStateParserTest {
  private static final String INNER = "'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}";

  @Test
  void choiceReadsItsRulesAndDefault() {
    ChoiceState choice =
        state(
            Json.of(
                "{'StartAt':'S','States':{'S':{'Type':'Choice','Choices':["
                    + "{'Variable':'$.x','NumericEquals':1,'Next':'A'},"
                    + "{'Not':{'Variable':'$.y','IsPresent':true},'Next':'A'}],'Default':'A'},"
                    + "'A':{'Type':'Succeed'}}}"));

    assertThat(choice.choices()).hasSize(2);
    assertThat(choice.choices()).extracting(c -> c.next()).containsExactly("A", "A");
    assertThat(choice.defaultState()).isEqualTo("A");
  }

  @Test
  void parallelReadsItsBranches() {
    ParallelState parallel =
        state(
            Json.single(
                "{'Type':'Parallel','End':true,'ResultPath':'$.r','Branches':[{"
                    + INNER
                    + "},{'StartAt':'Q','States':{'Q':{'Type':'Succeed'}}}]}"));

    assertThat(parallel.branches()).hasSize(2);
    assertThat(parallel.branches().get(0).state("P")).isInstanceOf(PassState.class);
    assertThat(parallel.branches().get(1).startAt()).isEqualTo("Q");
    assertThat(path(parallel.resultPath())).isEqualTo("$.r");
  }

  @Test
  void inlineMapReadsItsFields() {
    MapState map =
        state(
            Json.single(
                "{'Type':'Map','ItemsPath':'$.items','ItemSelector':{'v.$':"
                    + "'$$.Map.Item.Value'},'MaxConcurrency':2,'ItemProcessor':{"
                    + INNER
                    + "},"
                    + "'End':true}"));

    assertThat(path(map.itemsPath())).isEqualTo("$.items");
    assertThat(map.items()).isNull();
    assertThat(map.itemSelector().source().has("v.$")).isTrue();
    assertThat(literal(map.maxConcurrency())).isEqualTo("2");
    assertThat(map.processorConfig()).isEqualTo(MapState.ProcessorConfig.INLINE);
    assertThat(map.itemProcessor().state("P")).isInstanceOf(PassState.class);
    assertThat(map.label()).isNull();
  }

  @Test
  void legacyIteratorAndParametersStandForItemProcessorAndItemSelector() {
    MapState map =
        state(
            Json.single(
                "{'Type':'Map','Iterator':{"
                    + INNER
                    + "},'Parameters':{'v.$':'$'},"
                    + "'MaxConcurrencyPath':'$.limit','End':true}"));

    assertThat(map.itemProcessor().startAt()).isEqualTo("P");
    assertThat(map.itemSelector().source().has("v.$")).isTrue();
    assertThat(pathText(map.maxConcurrency())).isEqualTo("$.limit");
  }

  @Test
  void distributedMapReadsItsConfigurationAndLimits() {
    MapState map =
        state(
            Json.single(
                "{'Type':'Map','ItemProcessor':{'ProcessorConfig':{'Mode':"
                    + "'DISTRIBUTED','ExecutionType':'EXPRESS'},"
                    + INNER
                    + "},'Label':'run',"
                    + "'ItemReader':{'Resource':'arn:aws:states:::s3:getObject','ReaderConfig':{}},"
                    + "'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject'},"
                    + "'ItemBatcher':{'MaxItemsPerBatch':5,'MaxInputBytesPerBatchPath':'$.bytes',"
                    + "'BatchInput':{'k':1}},'ToleratedFailureCount':2,"
                    + "'ToleratedFailurePercentagePath':'$.pct','End':true}"));

    assertThat(map.processorConfig())
        .isEqualTo(
            new MapState.ProcessorConfig(
                MapState.Mode.DISTRIBUTED, MapState.ExecutionType.EXPRESS));
    assertThat(map.label()).isEqualTo("run");
    assertThat(map.itemReader().get("Resource").textValue())
        .isEqualTo("arn:aws:states:::s3:getObject");
    assertThat(map.resultWriter()).isNotNull();
    assertThat(literal(map.itemBatcher().maxItemsPerBatch())).isEqualTo("5");
    assertThat(pathText(map.itemBatcher().maxInputBytesPerBatch())).isEqualTo("$.bytes");
    assertThat(map.itemBatcher().batchInput()).isNotNull();
    assertThat(literal(map.toleratedFailureCount())).isEqualTo("2");
    assertThat(pathText(map.toleratedFailurePercentage())).isEqualTo("$.pct");
  }

  @Test
  void jsonataMapReadsItems() {
    MapState fromExpression =
        state(
            Json.jsonata(
                "{'Type':'Map','Items':'{% $states.input.list %}','MaxConcurrency':"
                    + "'{% $n %}','ItemProcessor':{"
                    + INNER
                    + "},'End':true}"));
    MapState fromArray =
        state(
            Json.jsonata(
                "{'Type':'Map','Items':[1,2],'ItemProcessor':{" + INNER + "}," + "'End':true}"));

    assertThat(expression(fromExpression.items())).isEqualTo("$states.input.list");
    assertThat(expression(fromExpression.maxConcurrency())).isEqualTo("$n");
    assertThat(literal(fromArray.items())).isEqualTo("[1,2]");
    assertThat(fromArray.itemProcessor().state("P").queryLanguage())
        .isEqualTo(QueryLanguage.JSONATA);
  }
}
