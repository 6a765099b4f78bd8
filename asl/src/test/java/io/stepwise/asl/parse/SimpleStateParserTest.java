package io.stepwise.asl.parse;

import static io.stepwise.asl.parse.Parsed.expression;
import static io.stepwise.asl.parse.Parsed.literal;
import static io.stepwise.asl.parse.Parsed.path;
import static io.stepwise.asl.parse.Parsed.pathText;
import static io.stepwise.asl.parse.Parsed.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.model.FailState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.SucceedState;
import io.stepwise.asl.model.Transition;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.asl.model.WaitState;
import org.junit.jupiter.api.Test;

class SimpleStateParserTest {

  @Test
  void passReadsItsPathsTemplateAndResult() {
    PassState pass =
        state(
            Json.of(
                "{'StartAt':'S','States':{'S':{'Type':'Pass','Comment':'c',"
                    + "'InputPath':'$.in','Parameters':{'a.$':'$.b'},'Result':{'x':1},'ResultPath':null,"
                    + "'OutputPath':'$.out','Assign':{'v':1},'Next':'T'},'T':{'Type':'Succeed'}}}"));

    assertThat(pass.comment()).isEqualTo("c");
    assertThat(path(pass.inputPath())).isEqualTo("$.in");
    assertThat(pass.parameters().source().has("a.$")).isTrue();
    assertThat(pass.result().get("x").intValue()).isEqualTo(1);
    assertThat(pass.resultPath()).isEqualTo(PathField.Discard.INSTANCE);
    assertThat(path(pass.outputPath())).isEqualTo("$.out");
    assertThat(pass.assign()).isNotNull();
    assertThat(pass.output()).isNull();
    assertThat(pass.transition()).isEqualTo(new Transition.Next("T"));
  }

  @Test
  void absentPathsSelectTheWholeDocument() {
    PassState pass = state(Json.single("{'Type':'Pass','End':true}"));

    assertThat(path(pass.inputPath())).isEqualTo("$");
    assertThat(path(pass.resultPath())).isEqualTo("$");
    assertThat(path(pass.outputPath())).isEqualTo("$");
    assertThat(pass.parameters()).isNull();
    assertThat(pass.result()).isNull();
  }

  @Test
  void jsonataPassReadsOutput() {
    PassState pass =
        state(Json.jsonata("{'Type':'Pass','Output':'{% $states.input %}','End':true}"));

    assertThat(pass.output().source().textValue()).isEqualTo("{% $states.input %}");
  }

  @Test
  void waitReadsEachFormOfDuration() {
    WaitState seconds = state(Json.single("{'Type':'Wait','Seconds':5,'End':true}"));
    WaitState secondsPath = state(Json.single("{'Type':'Wait','SecondsPath':'$.s','End':true}"));
    WaitState timestamp =
        state(Json.single("{'Type':'Wait','Timestamp':'2016-03-14T01:59:00Z','End':true}"));
    WaitState timestampPath =
        state(Json.single("{'Type':'Wait','TimestampPath':'$.t','End':true}"));
    WaitState expression = state(Json.jsonata("{'Type':'Wait','Seconds':'{% $s %}','End':true}"));

    assertThat(literal(((WaitState.Seconds) seconds.duration()).seconds())).isEqualTo("5");
    assertThat(pathText(((WaitState.Seconds) secondsPath.duration()).seconds())).isEqualTo("$.s");
    assertThat(literal(((WaitState.Timestamp) timestamp.duration()).timestamp()))
        .isEqualTo("\"2016-03-14T01:59:00Z\"");
    assertThat(pathText(((WaitState.Timestamp) timestampPath.duration()).timestamp()))
        .isEqualTo("$.t");
    assertThat(expression(((WaitState.Seconds) expression.duration()).seconds())).isEqualTo("$s");
  }

  @Test
  void failReadsLiteralsPathsAndIntrinsics() {
    FailState literal = state(Json.single("{'Type':'Fail','Error':'E','Cause':'C'}"));
    FailState computed =
        state(
            "{\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Fail\","
                + "\"ErrorPath\":\"$.error\",\"CausePath\":\"States.Format('failed: {}', $.why)\"}}}");
    FailState jsonata = state(Json.jsonata("{'Type':'Fail','Error':'{% $e %}'}"));
    FailState bare = state(Json.single("{'Type':'Fail'}"));

    assertThat(literal(literal.error())).isEqualTo("\"E\"");
    assertThat(literal(literal.cause())).isEqualTo("\"C\"");
    assertThat(pathText(computed.error())).isEqualTo("$.error");
    assertThat(computed.cause()).isInstanceOf(ValueSource.Intrinsic.class);
    assertThat(expression(jsonata.error())).isEqualTo("$e");
    assertThat(bare.error()).isNull();
    assertThat(bare.cause()).isNull();
  }

  @Test
  void succeedReadsItsPaths() {
    SucceedState succeed = state(Json.single("{'Type':'Succeed','OutputPath':null}"));

    assertThat(succeed.outputPath()).isEqualTo(PathField.Discard.INSTANCE);
    assertThat(path(succeed.inputPath())).isEqualTo("$");
  }
}
