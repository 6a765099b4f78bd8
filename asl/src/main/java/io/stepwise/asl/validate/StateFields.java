package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.FieldKind.ANY;
import static io.stepwise.asl.validate.FieldKind.ARRAY;
import static io.stepwise.asl.validate.FieldKind.BOOLEAN;
import static io.stepwise.asl.validate.FieldKind.INTEGER;
import static io.stepwise.asl.validate.FieldKind.NUMBER;
import static io.stepwise.asl.validate.FieldKind.OBJECT;
import static io.stepwise.asl.validate.FieldKind.PATH_OR_NULL;
import static io.stepwise.asl.validate.FieldKind.STRING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields that each state type allows, with their JSON types and query languages. */
final class StateFields {

  /** The state types in the order AWS lists them in its message about an unknown type. */
  static final List<String> TYPES =
      List.of("Task", "Wait", "Pass", "Succeed", "Fail", "Choice", "Parallel", "Map");

  private static final Map<String, Map<String, FieldSpec>> BY_TYPE = table();

  private StateFields() {}

  /** The fields of state type {@code type}; empty for an unknown type. */
  static Map<String, FieldSpec> of(String type) {
    return BY_TYPE.getOrDefault(type, Map.of());
  }

  private static Map<String, Map<String, FieldSpec>> table() {
    Map<String, Map<String, FieldSpec>> table = new LinkedHashMap<>();
    table.put("Pass", pass());
    table.put("Task", task());
    table.put("Choice", choice());
    table.put("Wait", waitState());
    table.put("Succeed", succeed());
    table.put("Fail", fail());
    table.put("Parallel", parallel());
    table.put("Map", map());
    return Map.copyOf(table);
  }

  private static Map<String, FieldSpec> common(boolean inputOutput) {
    Map<String, FieldSpec> fields = new LinkedHashMap<>();
    fields.put("Type", FieldSpec.of(STRING));
    fields.put("Comment", FieldSpec.of(STRING));
    fields.put("QueryLanguage", FieldSpec.of(STRING));
    if (inputOutput) {
      fields.put("InputPath", FieldSpec.jsonPath(PATH_OR_NULL));
      fields.put("OutputPath", FieldSpec.jsonPath(PATH_OR_NULL));
    }
    return fields;
  }

  /** Fields of the states that move on: Next or End, Assign and Output. */
  private static Map<String, FieldSpec> flowing() {
    Map<String, FieldSpec> fields = common(true);
    fields.put("Next", FieldSpec.of(STRING));
    fields.put("End", FieldSpec.of(BOOLEAN));
    fields.put("Assign", FieldSpec.of(OBJECT));
    fields.put("Output", FieldSpec.jsonata(ANY));
    return fields;
  }

  /** Fields of the states that produce a result and may fail: Task, Parallel, Map. */
  private static Map<String, FieldSpec> working() {
    Map<String, FieldSpec> fields = flowing();
    fields.put("ResultSelector", FieldSpec.jsonPath(OBJECT));
    fields.put("ResultPath", FieldSpec.jsonPath(PATH_OR_NULL));
    fields.put("Retry", FieldSpec.of(ARRAY));
    fields.put("Catch", FieldSpec.of(ARRAY));
    return fields;
  }

  private static Map<String, FieldSpec> pass() {
    Map<String, FieldSpec> fields = flowing();
    fields.put("Parameters", FieldSpec.jsonPath(OBJECT));
    fields.put("Result", FieldSpec.of(ANY));
    fields.put("ResultPath", FieldSpec.jsonPath(PATH_OR_NULL));
    return Map.copyOf(fields);
  }

  private static Map<String, FieldSpec> task() {
    Map<String, FieldSpec> fields = working();
    fields.put("Resource", FieldSpec.of(STRING));
    fields.put("Parameters", FieldSpec.jsonPath(OBJECT));
    fields.put("Arguments", FieldSpec.jsonata(OBJECT));
    fields.put("TimeoutSeconds", FieldSpec.computed(INTEGER));
    fields.put("TimeoutSecondsPath", FieldSpec.jsonPath(STRING));
    fields.put("HeartbeatSeconds", FieldSpec.computed(INTEGER));
    fields.put("HeartbeatSecondsPath", FieldSpec.jsonPath(STRING));
    fields.put("Credentials", FieldSpec.of(OBJECT));
    return Map.copyOf(fields);
  }

  private static Map<String, FieldSpec> choice() {
    Map<String, FieldSpec> fields = common(true);
    fields.put("Choices", FieldSpec.of(ARRAY));
    fields.put("Default", FieldSpec.of(STRING));
    fields.put("Assign", FieldSpec.of(OBJECT));
    fields.put("Output", FieldSpec.jsonata(ANY));
    return Map.copyOf(fields);
  }

  private static Map<String, FieldSpec> waitState() {
    Map<String, FieldSpec> fields = flowing();
    fields.put("Seconds", FieldSpec.computed(INTEGER));
    fields.put("SecondsPath", FieldSpec.jsonPath(STRING));
    fields.put("Timestamp", FieldSpec.computed(STRING));
    fields.put("TimestampPath", FieldSpec.jsonPath(STRING));
    return Map.copyOf(fields);
  }

  private static Map<String, FieldSpec> succeed() {
    Map<String, FieldSpec> fields = common(true);
    fields.put("Output", FieldSpec.jsonata(ANY));
    return Map.copyOf(fields);
  }

  private static Map<String, FieldSpec> fail() {
    Map<String, FieldSpec> fields = common(false);
    fields.put("Error", FieldSpec.computed(STRING));
    fields.put("ErrorPath", FieldSpec.jsonPath(STRING));
    fields.put("Cause", FieldSpec.computed(STRING));
    fields.put("CausePath", FieldSpec.jsonPath(STRING));
    return Map.copyOf(fields);
  }

  private static Map<String, FieldSpec> parallel() {
    Map<String, FieldSpec> fields = working();
    fields.put("Branches", FieldSpec.of(ARRAY));
    fields.put("Parameters", FieldSpec.jsonPath(OBJECT));
    fields.put("Arguments", FieldSpec.jsonata(OBJECT));
    return Map.copyOf(fields);
  }

  private static Map<String, FieldSpec> map() {
    Map<String, FieldSpec> fields = working();
    fields.put("ItemProcessor", FieldSpec.of(OBJECT));
    fields.put("Iterator", FieldSpec.of(OBJECT));
    fields.put("ItemsPath", FieldSpec.jsonPath(PATH_OR_NULL));
    fields.put("Items", FieldSpec.jsonata(ARRAY));
    fields.put("ItemSelector", FieldSpec.computed(OBJECT));
    fields.put("Parameters", FieldSpec.jsonPath(OBJECT));
    fields.put("MaxConcurrency", FieldSpec.computed(INTEGER));
    fields.put("MaxConcurrencyPath", FieldSpec.jsonPath(STRING));
    fields.put("ItemReader", FieldSpec.of(OBJECT));
    fields.put("ItemBatcher", FieldSpec.of(OBJECT));
    fields.put("ResultWriter", FieldSpec.of(OBJECT));
    fields.put("ToleratedFailureCount", FieldSpec.computed(INTEGER));
    fields.put("ToleratedFailureCountPath", FieldSpec.jsonPath(STRING));
    fields.put("ToleratedFailurePercentage", FieldSpec.computed(NUMBER));
    fields.put("ToleratedFailurePercentagePath", FieldSpec.jsonPath(STRING));
    fields.put("Label", FieldSpec.of(STRING));
    return Map.copyOf(fields);
  }
}
