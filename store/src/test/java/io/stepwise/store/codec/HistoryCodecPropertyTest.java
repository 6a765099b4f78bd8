package io.stepwise.store.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.dataflow.Failure;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.history.HistoryRenderer;
import io.stepwise.engine.history.MapRunSettings;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HistoryCodecPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Property(tries = 2000)
  void everyEventDecodesToItself(@ForAll("events") HistoryEvent event) {
    HistoryEvent decoded = HistoryCodec.decode(HistoryCodec.encode(event));

    assertThat(decoded).isEqualTo(event);
    assertThat(HistoryRenderer.render(decoded)).isEqualTo(HistoryRenderer.render(event));
  }

  @Provide
  Arbitrary<HistoryEvent> events() {
    return Combinators.combine(
            Arbitraries.longs().between(1, Long.MAX_VALUE),
            Arbitraries.longs().between(0, Long.MAX_VALUE),
            Arbitraries.longs(),
            Arbitraries.of(HistoryEventType.class),
            details(),
            Arbitraries.integers().between(0, Integer.MAX_VALUE))
        .as(HistoryEvent::new);
  }

  private Arbitrary<EventDetails> details() {
    Arbitrary<String> s = text();
    Arbitrary<JsonNode> j = json();
    Arbitrary<Integer> n = Arbitraries.integers();
    Arbitrary<Long> l = Arbitraries.longs().injectNull(0.3);
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.just(EventDetails.None.INSTANCE),
            Combinators.combine(j, s).as(EventDetails.ExecutionStarted::new),
            Combinators.combine(j, s, n, n).as(EventDetails.ChildExecutionStarted::new),
            j.map(EventDetails.ExecutionSucceeded::new),
            Combinators.combine(s, s).as(EventDetails.ErrorDetails::new),
            Combinators.combine(s, j).as(EventDetails.StateEntered::new),
            Combinators.combine(s, j, s, variables()).as(EventDetails.StateExited::new),
            n.map(EventDetails.MapStateStarted::new),
            Combinators.combine(s, n, failure()).as(EventDetails.MapIteration::new),
            failure().map(EventDetails.StateFailed::new),
            Combinators.combine(s, s, s, j, l, l).as(EventDetails.TaskScheduled::new),
            Combinators.combine(s, s).as(EventDetails.TaskStarted::new),
            Combinators.combine(s, s, j).as(EventDetails.TaskSucceeded::new),
            Combinators.combine(s, s, s, s).as(EventDetails.TaskFailed::new),
            Combinators.combine(s, settings(), n, j).as(EventDetails.MapRunStarted::new),
            settings().map(EventDetails.MapRunSucceeded::new),
            settings().map(EventDetails.MapRunUpdated::new),
            Combinators.combine(s, n).as(EventDetails.MapRunRedriven::new),
            Combinators.combine(s, s, settings(), n, n, n).as(EventDetails.MapRunFailed::new),
            Combinators.combine(s, s, s, s).as(EventDetails.EvaluationFailed::new),
            Combinators.combine(s, s, j).as(EventDetails.TaskSubmitted::new),
            s.map(EventDetails.ActivityStarted::new),
            Combinators.combine(n, s).as(EventDetails.ExecutionRedriven::new)));
  }

  private Arbitrary<MapRunSettings> settings() {
    return Combinators.combine(Arbitraries.integers(), Arbitraries.longs(), Arbitraries.doubles())
        .as(MapRunSettings::new);
  }

  /** Assigned variables in assignment order, or none at all. */
  private Arbitrary<Map<String, JsonNode>> variables() {
    return Arbitraries.maps(text().filter(name -> name != null), json())
        .ofMaxSize(4)
        .map(found -> (Map<String, JsonNode>) new LinkedHashMap<>(found))
        .injectNull(0.3);
  }

  private Arbitrary<Failure> failure() {
    return Combinators.combine(text(), text()).as(Failure::new).injectNull(0.3);
  }

  /** Strings of valid Unicode (no lone surrogates, which no JSON text carries), or null. */
  private Arbitrary<String> text() {
    return Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(30),
            Arbitraries.of("States.ALL", "caf\u00e9 \uD83D\uDE00", ""))
        .injectNull(0.15);
  }

  /**
   * JSON values as a parser produces them, since the store keeps JSON as text: a value the engine
   * built as a {@code LongNode} comes back as the {@code IntNode} its text parses to.
   */
  private Arbitrary<JsonNode> json() {
    return Arbitraries.recursive(this::jsonLeaf, this::jsonContainer, 0, 3)
        .map(HistoryCodecPropertyTest::reparsed);
  }

  private Arbitrary<JsonNode> jsonLeaf() {
    return Arbitraries.oneOf(
        List.of(
            text().filter(t -> t != null).map(NODES::textNode),
            Arbitraries.longs().map(NODES::numberNode),
            Arbitraries.doubles().map(NODES::numberNode),
            Arbitraries.of(NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode())));
  }

  private Arbitrary<JsonNode> jsonContainer(Arbitrary<JsonNode> element) {
    Arbitrary<List<JsonNode>> elements = element.list().ofMaxSize(4);
    Arbitrary<JsonNode> array =
        elements.map(
            list -> {
              ArrayNode node = NODES.arrayNode();
              list.forEach(node::add);
              return node;
            });
    Arbitrary<JsonNode> object =
        Combinators.combine(text().filter(t -> t != null).list().ofMaxSize(4), elements)
            .as(
                (keys, values) -> {
                  ObjectNode node = NODES.objectNode();
                  for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
                    node.set(keys.get(i), values.get(i));
                  }
                  return node;
                });
    return Arbitraries.oneOf(array, object);
  }

  private static JsonNode reparsed(JsonNode node) {
    try {
      return MAPPER.readTree(node.toString());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
