package io.stepwise.dataflow.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.EvaluationContext;
import io.stepwise.dataflow.FixedEvaluationContext;
import io.stepwise.dataflow.path.PathEvaluator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The property: a JSONata expression that only selects ({@code $states.input.a.b[0]}) gives
 * what the equivalent JSONPath ({@code $['a']['b'][0]}) selects, and nothing where the path selects
 * nothing.
 */
class SelectionAgreesWithJsonPathTest {
  private static final EvaluationContext CONTEXT = FixedEvaluationContext.empty();

  @Property(tries = 500)
  void aSelectingExpressionAgreesWithTheEquivalentJsonPath(
      @ForAll("documents") JsonNode document, @ForAll("choices") List<Integer> choices)
      throws Exception {
    Selection selection = Selection.walk(document, choices);
    JsonNode byPath = PathEvaluator.select(JsonPath.parse(selection.jsonPath()), document, CONTEXT);
    JsonNode byJsonata = selectWithJsonata(selection.jsonata(), document);
    if (byPath.isMissingNode()) {
      assertThat(byJsonata).as(selection.jsonata()).isNull();
    } else {
      assertThat(byJsonata).as(selection.jsonata()).isNotNull();
      assertThat(byJsonata.equals(JsonDocuments.NUMERIC_EQUALITY, byPath))
          .as(
              "%s gave %s, %s gave %s",
              selection.jsonata(), byJsonata, selection.jsonPath(), byPath)
          .isTrue();
    }
  }

  /** The result of the expression, or {@code null} when it yields nothing. */
  private static JsonNode selectWithJsonata(String expression, JsonNode input) throws Exception {
    try {
      return JsonataEvaluator.evaluate(
          CompiledJsonata.compile(expression), "Output", StatesBinding.ofInput(input), CONTEXT);
    } catch (DataFlowException nothing) {
      assertThat(nothing.failure().cause()).endsWith("returned nothing (undefined).");
      return null;
    }
  }

  @Provide
  Arbitrary<JsonNode> documents() {
    return JsonDocuments.documents();
  }

  @Provide
  Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(5);
  }

  /**
   * The same selection in both languages, built by walking the document: a member name in an
   * object, an index in an array; the last step may name something that is not there. Indexes only
   * follow member names, because JSONata applies stacked predicates to one step, not nested arrays.
   */
  private record Selection(String jsonata, String jsonPath) {

    static Selection walk(JsonNode document, List<Integer> choices) {
      StringBuilder jsonata = new StringBuilder("$states.input");
      StringBuilder jsonPath = new StringBuilder("$");
      JsonNode current = document;
      boolean lastWasIndex = false;
      for (int choice : choices) {
        if (current.isObject()) {
          List<String> names = List.copyOf(iterable(current));
          String name = choice < names.size() ? names.get(choice) : "missing" + choice;
          jsonata.append(".`").append(name).append('`');
          jsonPath.append("['").append(name).append("']");
          current = current.path(name);
          lastWasIndex = false;
        } else if (current.isArray() && !lastWasIndex) {
          jsonata.append('[').append(choice).append(']');
          jsonPath.append('[').append(choice).append(']');
          current = current.path(choice);
          lastWasIndex = true;
        } else {
          break;
        }
      }
      return new Selection(jsonata.toString(), jsonPath.toString());
    }

    private static List<String> iterable(JsonNode object) {
      return object.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }
  }
}
