package io.stepwise.asl.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.path.PathSegment.DeepScan;
import io.stepwise.asl.path.PathSegment.Field;
import io.stepwise.asl.path.PathSegment.Filter;
import io.stepwise.asl.path.PathSegment.Index;
import io.stepwise.asl.path.PathSegment.Indexes;
import io.stepwise.asl.path.PathSegment.Length;
import io.stepwise.asl.path.PathSegment.Names;
import io.stepwise.asl.path.PathSegment.Slice;
import io.stepwise.asl.path.PathSegment.Wildcard;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPathTest {

  @Test
  void parsesTheThreeRoots() throws AslSyntaxException {
    assertThat(JsonPath.parse("$").root()).isEqualTo(JsonPath.Root.INPUT);
    assertThat(JsonPath.parse("$$.Execution.Id").root()).isEqualTo(JsonPath.Root.CONTEXT);
    JsonPath variable = JsonPath.parse("$my_var.x");
    assertThat(variable.root()).isEqualTo(JsonPath.Root.VARIABLE);
    assertThat(variable.variable()).isEqualTo("my_var");
    assertThat(variable.segments()).containsExactly(new Field("x"));
  }

  @Test
  void parsesEveryStepForm() throws AslSyntaxException {
    assertThat(JsonPath.parse("$.a['b c'][\"d\"][2][-1]").segments())
        .containsExactly(
            new Field("a"), new Field("b c"), new Field("d"), new Index(2), new Index(-1));
    assertThat(JsonPath.parse("$.a[*].b.*").segments())
        .containsExactly(new Field("a"), new Wildcard(), new Field("b"), new Wildcard());
    assertThat(JsonPath.parse("$[1:5:2][:3][-2:]").segments())
        .containsExactly(new Slice(1, 5, 2), new Slice(null, 3, 1), new Slice(-2, null, 1));
    assertThat(JsonPath.parse("$[0, 2]['x','y']").segments())
        .containsExactly(new Indexes(List.of(0, 2)), new Names(List.of("x", "y")));
    assertThat(JsonPath.parse("$..price..[0]..*").segments())
        .containsExactly(
            new DeepScan(new Field("price")),
            new DeepScan(new Index(0)),
            new DeepScan(new Wildcard()));
    assertThat(JsonPath.parse("$.items.length()").segments())
        .containsExactly(new Field("items"), new Length());
  }

  @Test
  void parsesFilterConditionsWithPrecedence() throws AslSyntaxException {
    PathSegment filter =
        JsonPath.parse("$.a[?(@.x > 1 && @.y == 'a' || !(@.z))]").segments().get(1);
    assertThat(filter).isInstanceOf(Filter.class);
    FilterExpression condition = ((Filter) filter).condition();
    assertThat(condition).isInstanceOf(FilterExpression.Or.class);
    FilterExpression.Or or = (FilterExpression.Or) condition;
    assertThat(or.left()).isInstanceOf(FilterExpression.And.class);
    assertThat(or.right())
        .isEqualTo(
            new FilterExpression.Not(
                new FilterExpression.Exists(
                    new FilterExpression.Current(List.of(new Field("z"))))));
  }

  @Test
  void knowsWhichPathsAreDefinite() throws AslSyntaxException {
    assertThat(JsonPath.parse("$.a.b[0]['c']").isDefinite()).isTrue();
    assertThat(JsonPath.parse("$.a.b[0]['c']").isReferencePath()).isTrue();
    assertThat(JsonPath.parse("$").isReferencePath()).isTrue();
    assertThat(JsonPath.parse("$.a.length()").isDefinite()).isTrue();
    assertThat(JsonPath.parse("$.a.length()").isReferencePath()).isFalse();
    for (String path : List.of("$.a[*]", "$..a", "$.a[0,1]", "$.a[0:1]", "$.a[?(@.b)]")) {
      assertThat(JsonPath.parse(path).isDefinite()).as(path).isFalse();
    }
  }

  @Test
  void printsTheNormalizedFormThatAwsQuotes() throws AslSyntaxException {
    assertThat(JsonPath.parse("$.NoSuchInputPath").normalized()).isEqualTo("$['NoSuchInputPath']");
    assertThat(JsonPath.parse("$.a[0].b").normalized()).isEqualTo("$['a'][0]['b']");
    assertThat(JsonPath.parse("$.a[0].b").normalized(1)).isEqualTo("$['a']");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a.b",
        "$.",
        "$..",
        "$.a[",
        "$.a[]",
        "$.a['b'",
        "$.a[?(@.x > )]",
        "$.a.size()",
        "$.a.length().b",
        "$[1:2:0]",
        "$.a b"
      })
  void rejectsMalformedPaths(String text) {
    assertThatThrownBy(() -> JsonPath.parse(text)).isInstanceOf(AslSyntaxException.class);
  }
}
