package io.stepwise.dataflow.path;

import static io.stepwise.dataflow.Json.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.model.ErrorNames;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.dataflow.DataFlowException;
import org.junit.jupiter.api.Test;

class ResultPathWriterTest {
  private static final JsonNode RESULT = parse("{'r': 1}");

  private static JsonNode write(String path, JsonNode input) throws Exception {
    return ResultPathWriter.write(JsonPath.parse(path), input, RESULT);
  }

  @Test
  void dollarReplacesTheInput() throws Exception {
    assertThat(write("$", parse("{'a': 1}"))).isSameAs(RESULT);
  }

  @Test
  void addsAFieldAndSharesTheRest() throws Exception {
    JsonNode input = parse("{'a': {'deep': [1, 2]}, 'b': 2}");
    JsonNode output = write("$.c", input);
    assertThat(output).isEqualTo(parse("{'a': {'deep': [1, 2]}, 'b': 2, 'c': {'r': 1}}"));
    assertThat(output.get("a")).isSameAs(input.get("a"));
    assertThat(input).isEqualTo(parse("{'a': {'deep': [1, 2]}, 'b': 2}"));
  }

  @Test
  void createsMissingParentsAndOverwrites() throws Exception {
    assertThat(write("$.x.y.z", parse("{'x': {'keep': 0}}")))
        .isEqualTo(parse("{'x': {'keep': 0, 'y': {'z': {'r': 1}}}}"));
    assertThat(write("$.x", parse("{'x': [1, 2]}"))).isEqualTo(parse("{'x': {'r': 1}}"));
  }

  @Test
  void writesIntoAnExistingArrayElement() throws Exception {
    JsonNode input = parse("{'list': [{'a': 0}, {'b': 0}]}");
    assertThat(write("$.list[1].c", input))
        .isEqualTo(parse("{'list': [{'a': 0}, {'b': 0, 'c': {'r': 1}}]}"));
    assertThat(input.get("list").get(1)).isEqualTo(parse("{'b': 0}"));
  }

  @Test
  void failsWhenTheInputIsNotAnObject() throws AslSyntaxException {
    JsonPath path = JsonPath.parse("$.a.b");
    assertThatThrownBy(() -> ResultPathWriter.write(path, parse("{'a': 'text'}"), RESULT))
        .isInstanceOfSatisfying(
            DataFlowException.class,
            e -> {
              assertThat(e.failure().error()).isEqualTo(ErrorNames.RESULT_PATH_MATCH_FAILURE);
              assertThat(e.failure().cause())
                  .isEqualTo("Unable to apply ReferencePath $.a.b to input {\"a\":\"text\"}");
            });
    assertThatThrownBy(() -> ResultPathWriter.write(path, parse("'text'"), RESULT))
        .isInstanceOf(DataFlowException.class);
  }

  @Test
  void refusesAPathThatIsNotAReferencePath() throws AslSyntaxException {
    JsonPath path = JsonPath.parse("$.a[*]");
    assertThatThrownBy(() -> ResultPathWriter.write(path, parse("{'a': [1]}"), RESULT))
        .isInstanceOf(DataFlowException.class);
  }
}
