package io.stepwise.asl.parse;

import static io.stepwise.asl.parse.Parsed.expression;
import static io.stepwise.asl.parse.Parsed.literal;
import static io.stepwise.asl.parse.Parsed.path;
import static io.stepwise.asl.parse.Parsed.pathText;
import static io.stepwise.asl.parse.Parsed.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.JitterStrategy;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.Retrier;
import io.stepwise.asl.model.TaskState;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskStateParserTest {
  private static final String LAMBDA = "'Resource':'arn:aws:states:::lambda:invoke'";

  @Test
  void readsEveryJsonPathField() {
    TaskState task =
        state(
            Json.of(
                "{'StartAt':'S','States':{'S':{'Type':'Task',"
                    + LAMBDA
                    + ","
                    + "'InputPath':'$.in','Parameters':{'FunctionName':'f','Payload.$':'$'},"
                    + "'ResultSelector':{'r.$':'$.Payload'},'ResultPath':'$.result','OutputPath':'$.o',"
                    + "'TimeoutSecondsPath':'$.timeout','HeartbeatSeconds':5,"
                    + "'Credentials':{'RoleArn.$':'$.role'},'Next':'F'},'F':{'Type':'Fail'}}}"));

    assertThat(task.resource()).isEqualTo("arn:aws:states:::lambda:invoke");
    assertThat(path(task.inputPath())).isEqualTo("$.in");
    assertThat(task.parameters().source().get("FunctionName").textValue()).isEqualTo("f");
    assertThat(task.resultSelector()).isNotNull();
    assertThat(path(task.resultPath())).isEqualTo("$.result");
    assertThat(path(task.outputPath())).isEqualTo("$.o");
    assertThat(pathText(task.timeoutSeconds())).isEqualTo("$.timeout");
    assertThat(literal(task.heartbeatSeconds())).isEqualTo("5");
    assertThat(task.credentials().source().has("RoleArn.$")).isTrue();
    assertThat(task.retry()).isEmpty();
    assertThat(task.catchers()).isEmpty();
  }

  @Test
  void retriersGetAslDefaults() {
    TaskState task =
        state(
            Json.single(
                "{'Type':'Task',"
                    + LAMBDA
                    + ",'End':true,'Retry':["
                    + "{'ErrorEquals':['States.Timeout']},"
                    + "{'ErrorEquals':['States.ALL'],'IntervalSeconds':3,'MaxAttempts':0,"
                    + "'BackoffRate':1.5,'MaxDelaySeconds':10,'JitterStrategy':'FULL'}]}"));

    assertThat(task.retry())
        .containsExactly(
            new Retrier(List.of("States.Timeout"), 1, 3, 2.0, null, JitterStrategy.NONE),
            new Retrier(List.of("States.ALL"), 3, 0, 1.5, 10, JitterStrategy.FULL));
  }

  @Test
  void catchersReadTheirTargetAndResultPath() {
    TaskState task =
        state(
            Json.of(
                "{'StartAt':'S','States':{'S':{'Type':'Task',"
                    + LAMBDA
                    + ",'End':true,"
                    + "'Catch':[{'ErrorEquals':['E1','E2'],'Next':'F','ResultPath':'$.error'},"
                    + "{'ErrorEquals':['States.ALL'],'Next':'F'}]},'F':{'Type':'Fail'}}}"));

    Catcher first = task.catchers().get(0);
    assertThat(first.errorEquals()).containsExactly("E1", "E2");
    assertThat(first.next()).isEqualTo("F");
    assertThat(path(first.resultPath())).isEqualTo("$.error");
    assertThat(path(task.catchers().get(1).resultPath())).isEqualTo("$");
  }

  @Test
  void jsonataTaskReadsArgumentsAndExpressions() {
    TaskState task =
        state(
            Json.jsonata(
                "{'Type':'Task',"
                    + LAMBDA
                    + ",'Arguments':{'Payload':'{% $states.input %}'},"
                    + "'TimeoutSeconds':'{% $t %}','HeartbeatSeconds':2,'Output':'{% $states.result %}',"
                    + "'Assign':{'x':'{% 1 %}'},'End':true,"
                    + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'S','Output':'{% 1 %}'}]}"));

    assertThat(task.parameters().source().has("Payload")).isTrue();
    assertThat(expression(task.timeoutSeconds())).isEqualTo("$t");
    assertThat(literal(task.heartbeatSeconds())).isEqualTo("2");
    assertThat(task.output()).isNotNull();
    assertThat(task.assign()).isNotNull();
    assertThat(task.catchers().get(0).output().textValue()).isEqualTo("{% 1 %}");
    assertThat(task.catchers().get(0).resultPath()).isInstanceOf(PathField.Select.class);
  }
}
