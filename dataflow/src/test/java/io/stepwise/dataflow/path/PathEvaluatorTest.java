package io.stepwise.dataflow.path;

import static io.stepwise.dataflow.Json.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.dataflow.FixedEvaluationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathEvaluatorTest {
  private static final JsonNode STORE =
      parse(
          """
          {'store': {'book': [
              {'category': 'reference', 'author': 'Nigel Rees', 'price': 8.95},
              {'category': 'fiction', 'author': 'Evelyn Waugh', 'price': 12.99},
              {'category': 'fiction', 'author': 'Herman Melville', 'isbn': '0-553', 'price': 8.99},
              {'category': 'fiction', 'author': 'J. R. R. Tolkien', 'isbn': '0-395', 'price': 22.99}],
            'bicycle': {'color': 'red', 'price': 19.95}},
           'a-b': 1, 'with space': {'x': true}}
          """);

  private static final EvaluationContext CONTEXT = FixedEvaluationContext.empty();

  private static JsonNode select(String path, JsonNode input) throws AslSyntaxException {
    return PathEvaluator.select(JsonPath.parse(path), input, CONTEXT);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "$ => STORE",
        "$.store.bicycle.color => 'red'",
        "$['store']['bicycle']['price'] => 19.95",
        "$[\"store\"].bicycle.price => 19.95",
        "$.store.book[0].author => 'Nigel Rees'",
        "$.store.book[-1].author => 'J. R. R. Tolkien'",
        "$.a-b => 1",
        "$['with space'].x => true",
        "$.store.book.length() => 4",
        "$.store.book[*].author => ['Nigel Rees','Evelyn Waugh','Herman Melville','J. R. R. Tolkien']",
        "$.store.book[1:3].price => [12.99,8.99]",
        "$.store.book[:2].price => [8.95,12.99]",
        "$.store.book[-2:].price => [8.99,22.99]",
        "$.store.book[0:4:2].price => [8.95,8.99]",
        "$.store.book[0,3].price => [8.95,22.99]",
        "$.store.bicycle['color','price'] => ['red',19.95]",
        "$.store.bicycle.* => ['red',19.95]",
        "$..isbn => ['0-553','0-395']",
        "$.store..price => [8.95,12.99,8.99,22.99,19.95]",
        "$.store.book[?(@.isbn)].price => [8.99,22.99]",
        "$.store.book[?(@.price < 10)].author => ['Nigel Rees','Herman Melville']",
        "$.store.book[?(@.price > 10 && @.category == 'fiction')].price => [12.99,22.99]",
        "$.store.book[?(@.price > 20 || @.author == 'Nigel Rees')].price => [8.95,22.99]",
        "$.store.book[?(!(@.category == 'fiction'))].price => [8.95]",
        "$.store.book[?(@.isbn != '0-553')].price => [8.95,12.99,22.99]",
        "$.store.book[?(@.price >= 12.99 && @.price <= 22.99)].price => [12.99,22.99]",
        "$.store.book[?(@.price < $.store.bicycle.price)].price => [8.95,12.99,8.99]",
        "$.store.book[*].length() => 4",
        "$.missing[*] => []",
      })
  void selectsWhatJaywayWould(String path, String expected) throws AslSyntaxException {
    JsonNode want = expected.equals("STORE") ? STORE : parse(expected);
    assertThat(select(path, STORE)).isEqualTo(want);
  }

  @Test
  void aDefinitePathReturnsTheSharedNode() throws AslSyntaxException {
    assertThat(select("$.store.bicycle", STORE)).isSameAs(STORE.get("store").get("bicycle"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {"$.nothing", "$.store.nothing.deeper", "$.store.book[9]", "$.store.bicycle.color.x"})
  void aDefinitePathThatMatchesNothingIsMissing(String path) throws AslSyntaxException {
    assertThat(select(path, STORE).isMissingNode()).isTrue();
  }

  @Test
  void readsTheContextObjectAndVariables() throws AslSyntaxException {
    EvaluationContext context =
        new FixedEvaluationContext(
            parse("{'Execution': {'Name': 'run-1'}}"),
            Map.of("user", parse("{'name': 'ada'}")),
            new java.util.Random(1));
    assertThat(PathEvaluator.select(JsonPath.parse("$$.Execution.Name"), STORE, context))
        .isEqualTo(TextNode.valueOf("run-1"));
    assertThat(PathEvaluator.select(JsonPath.parse("$user.name"), STORE, context))
        .isEqualTo(TextNode.valueOf("ada"));
    assertThat(PathEvaluator.select(JsonPath.parse("$other"), STORE, context).isMissingNode())
        .isTrue();
  }

  @Test
  void explainsWhatWasNotFoundAsJaywayDoes() throws AslSyntaxException {
    assertThat(PathNotFound.describe(JsonPath.parse("$.NoSuchInputPath"), STORE, CONTEXT))
        .isEqualTo("No results for path: $['NoSuchInputPath']");
    assertThat(PathNotFound.describe(JsonPath.parse("$.store.x.y"), STORE, CONTEXT))
        .isEqualTo("Missing property in path $['store']['x']");
    assertThat(PathNotFound.describe(JsonPath.parse("$.store.book[7]"), STORE, CONTEXT))
        .isEqualTo("No results for path: $['store']['book'][7]");
  }
}
