package io.stepwise.asl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.diagnostic.Diagnostic;
import io.stepwise.asl.validate.MachineType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Feeds malformed text, random JSON and randomly mutated real definitions to the parser: it must
 * always answer with a machine or with diagnostics, never throw.
 */
class DefinitionParserFuzzTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<JsonNode> CORPUS =
      SharedCorpus.files("aws-recorded").stream()
          .map(file -> SharedCorpus.read(file).get("definition"))
          .toList();
  private static final String[] FIELDS = {
    "Type",
    "Next",
    "End",
    "StartAt",
    "States",
    "Resource",
    "Parameters",
    "Arguments",
    "Output",
    "InputPath",
    "OutputPath",
    "ResultPath",
    "ResultSelector",
    "ItemsPath",
    "Items",
    "Retry",
    "Catch",
    "ErrorEquals",
    "Choices",
    "Default",
    "Variable",
    "Branches",
    "ItemProcessor",
    "Iterator",
    "ProcessorConfig",
    "Mode",
    "Seconds",
    "Timestamp",
    "SecondsPath",
    "Error",
    "CausePath",
    "QueryLanguage",
    "TimeoutSeconds",
    "HeartbeatSeconds",
    "MaxConcurrency",
    "ItemBatcher",
    "Label",
    "Assign",
    "Credentials",
    "Condition",
    "a.$",
    "And",
    "Not"
  };
  private static final String[] TEXTS = {
    "$",
    "$.a",
    "$$.Execution.Id",
    "$.a[0].b",
    "$..x",
    "$[?(@.a > 1)]",
    "{% $x %}",
    "{%",
    "States.Format('{}', $.a)",
    "States.Array(",
    "Pass",
    "Task",
    "Map",
    "Choice",
    "JSONata",
    "JSONPath",
    "States.ALL",
    "States.Nope",
    "DISTRIBUTED",
    "arn:aws:states:::lambda:invoke",
    "2016-03-14T01:59:00Z",
    "",
    "S",
    "\u0000",
    "~/"
  };

  @Property(tries = 300)
  void arbitraryTextNeverThrows(@ForAll String text) {
    assertConsistent(DefinitionParser.parse(text));
  }

  @Property(tries = 300)
  void truncatedDefinitionsNeverThrow(@ForAll Random random) {
    String text = pick(random).toString();
    assertConsistent(DefinitionParser.parse(text.substring(0, random.nextInt(text.length()))));
  }

  @Property(tries = 500)
  void randomJsonNeverThrows(@ForAll Random random) {
    JsonNode node = randomValue(random, 4);
    assertConsistent(DefinitionParser.parse(node, MachineType.STANDARD));
    assertConsistent(DefinitionParser.parse(node.toString(), MachineType.EXPRESS));
  }

  @Property(tries = 1000)
  void mutatedDefinitionsNeverThrow(@ForAll Random random) {
    JsonNode definition = pick(random).deepCopy();
    int mutations = 1 + random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      mutate(randomObject(definition, random), random);
    }
    assertConsistent(DefinitionParser.parse(definition));
  }

  private static void assertConsistent(ParseResult result) {
    assertThat(result.machine() == null).isEqualTo(!result.diagnostics().isEmpty());
    for (Diagnostic diagnostic : result.diagnostics()) {
      assertThat(diagnostic.code()).isNotBlank();
      assertThat(diagnostic.message()).isNotBlank();
      assertThat(diagnostic.pointer()).matches("|/.*");
    }
  }

  private static JsonNode pick(Random random) {
    return CORPUS.get(random.nextInt(CORPUS.size()));
  }

  /** Some object of {@code root}, found by a random walk down from it. */
  private static ObjectNode randomObject(JsonNode root, Random random) {
    ObjectNode found = (ObjectNode) root;
    JsonNode current = root;
    for (int depth = 0; depth < 8 && current.size() > 0; depth++) {
      List<JsonNode> children = new ArrayList<>();
      current.elements().forEachRemaining(children::add);
      current = children.get(random.nextInt(children.size()));
      if (current.isObject()) {
        found = (ObjectNode) current;
      }
    }
    return found;
  }

  private static void mutate(ObjectNode target, Random random) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    int choice = random.nextInt(3);
    if (choice == 0 && !names.isEmpty()) {
      target.remove(names.get(random.nextInt(names.size())));
    } else if (choice == 1 && !names.isEmpty()) {
      target.set(names.get(random.nextInt(names.size())), randomValue(random, 2));
    } else {
      target.set(FIELDS[random.nextInt(FIELDS.length)], randomValue(random, 2));
    }
  }

  private static JsonNode randomValue(Random random, int depth) {
    int kind = random.nextInt(depth > 0 ? 9 : 7);
    return switch (kind) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(200) - 100);
      case 3 -> NODES.numberNode(random.nextDouble() * 10 - 5);
      case 4, 5 -> NODES.textNode(TEXTS[random.nextInt(TEXTS.length)]);
      case 6 -> NODES.textNode(FIELDS[random.nextInt(FIELDS.length)]);
      case 7 -> randomArray(random, depth - 1);
      default -> randomObject(random, depth - 1);
    };
  }

  private static ArrayNode randomArray(Random random, int depth) {
    ArrayNode array = NODES.arrayNode();
    for (int i = random.nextInt(4); i > 0; i--) {
      array.add(randomValue(random, depth));
    }
    return array;
  }

  private static ObjectNode randomObject(Random random, int depth) {
    ObjectNode object = NODES.objectNode();
    for (int i = random.nextInt(6); i > 0; i--) {
      object.set(FIELDS[random.nextInt(FIELDS.length)], randomValue(random, depth));
    }
    return object;
  }
}
