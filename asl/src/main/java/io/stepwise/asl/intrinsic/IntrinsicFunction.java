package io.stepwise.asl.intrinsic;

import java.util.HashMap;
import java.util.Map;

/** The intrinsic functions of ASL, with the number of arguments each accepts. */
public enum IntrinsicFunction {
  FORMAT("States.Format", 1, Integer.MAX_VALUE),
  STRING_TO_JSON("States.StringToJson", 1, 1),
  JSON_TO_STRING("States.JsonToString", 1, 1),
  ARRAY("States.Array", 0, Integer.MAX_VALUE),
  ARRAY_PARTITION("States.ArrayPartition", 2, 2),
  ARRAY_CONTAINS("States.ArrayContains", 2, 2),
  ARRAY_RANGE("States.ArrayRange", 3, 3),
  ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2),
  ARRAY_LENGTH("States.ArrayLength", 1, 1),
  ARRAY_UNIQUE("States.ArrayUnique", 1, 1),
  BASE64_ENCODE("States.Base64Encode", 1, 1),
  BASE64_DECODE("States.Base64Decode", 1, 1),
  HASH("States.Hash", 2, 2),
  JSON_MERGE("States.JsonMerge", 3, 3),
  MATH_RANDOM("States.MathRandom", 2, 3),
  MATH_ADD("States.MathAdd", 2, 2),
  STRING_SPLIT("States.StringSplit", 2, 2),
  UUID("States.UUID", 0, 0);

  private static final Map<String, IntrinsicFunction> BY_NAME = new HashMap<>();

  static {
    for (IntrinsicFunction function : values()) {
      BY_NAME.put(function.aslName, function);
    }
  }

  private final String aslName;
  private final int minArguments;
  private final int maxArguments;

  IntrinsicFunction(String aslName, int minArguments, int maxArguments) {
    this.aslName = aslName;
    this.minArguments = minArguments;
    this.maxArguments = maxArguments;
  }

  /** The function named {@code name} (for example {@code States.Format}), or {@code null}. */
  public static IntrinsicFunction byName(String name) {
    return BY_NAME.get(name);
  }

  /** The name as written in definitions, for example {@code States.Format}. */
  public String aslName() {
    return aslName;
  }

  public boolean acceptsArgumentCount(int count) {
    return count >= minArguments && count <= maxArguments;
  }

  /** The accepted argument count in words, for messages ("exactly 2", "at least 1", ...). */
  public String expectedArguments() {
    if (minArguments == maxArguments) {
      return "exactly " + minArguments;
    }
    if (maxArguments == Integer.MAX_VALUE) {
      return "at least " + minArguments;
    }
    return minArguments + " to " + maxArguments;
  }
}
