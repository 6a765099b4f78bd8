package io.stepwise.dataflow.jsonata;

import java.util.List;

/** The arguments of one call of a Step Functions JSONata function, with typed accessors. */
final class Arguments {
  private final String function;
  private final List<?> values;

  Arguments(String function, List<?> values) {
    this.function = function;
    this.values = values == null ? List.of() : values;
  }

  int count() {
    return values.size();
  }

  void expectCount(int expected) {
    if (values.size() != expected) {
      throw failure(
          "Expected "
              + expected
              + " argument"
              + (expected == 1 ? "" : "s")
              + ", but got "
              + values.size());
    }
  }

  List<?> array(int index) {
    Object value = values.get(index);
    if (value instanceof List<?> list) {
      return list;
    }
    throw failure("Argument " + (index + 1) + " must be an array");
  }

  long integer(int index) {
    Object value = values.get(index);
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      return number.longValue();
    }
    throw failure("Argument " + (index + 1) + " must be an integer");
  }

  String string(int index) {
    Object value = values.get(index);
    if (value instanceof String text) {
      return text;
    }
    throw failure("Argument " + (index + 1) + " must be a string");
  }

  /** A failure of the call, naming the function as JSONata's own messages do. */
  FunctionFailure failure(String message) {
    return new FunctionFailure("Function \"" + function + "\": " + message);
  }
}
