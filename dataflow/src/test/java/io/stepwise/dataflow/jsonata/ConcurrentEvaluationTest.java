package io.stepwise.dataflow.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.dataflow.FixedEvaluationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One compiled expression, evaluated by several threads at once with different bindings. */
class ConcurrentEvaluationTest {
  private static final int THREADS = 4;
  private static final int EVALUATIONS = 2_000;

  @Test
  void everyEvaluationSeesOnlyItsOwnBindings() throws Exception {
    CompiledJsonata expression =
        CompiledJsonata.compile(
            "($double := function($x){ $x * 2 }; {'n': $double($states.input.n), 'v': $v,"
                + " 'sum': $sum($states.input.list)})");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        int offset = thread * EVALUATIONS;
        results.add(pool.submit(evaluations(expression, offset)));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<Boolean> evaluations(CompiledJsonata expression, int offset) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    return () -> {
      for (int i = offset; i < offset + EVALUATIONS; i++) {
        JsonNode input = json.objectNode().put("n", i).set("list", json.arrayNode().add(i).add(1));
        FixedEvaluationContext context =
            new FixedEvaluationContext(
                json.objectNode(), Map.of("v", json.textNode("v" + i)), new Random(i));
        JsonNode result =
            JsonataEvaluator.evaluate(expression, "Output", StatesBinding.ofInput(input), context);
        JsonNode expected = json.objectNode().put("n", 2 * i).put("v", "v" + i).put("sum", i + 1);
        if (!result.equals(expected)) {
          return false;
        }
      }
      return true;
    };
  }
}
