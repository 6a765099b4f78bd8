package io.stepwise.dataflow.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.stepwise.dataflow.DataFlowException;
import java.util.Random;
import java.util.random.RandomGenerator;

/** {@code States.MathAdd} and {@code States.MathRandom}. */
final class MathFunctions {

  private MathFunctions() {}

  /**
   * Adds two numbers after rounding each to the nearest integer, halves upwards, as AWS does
   * ({@code MathAdd(-2.5, 0)} is {@code -2}).
   */
  static JsonNode add(Arguments args) throws DataFlowException {
    long sum = rounded(args, 0) + rounded(args, 1);
    return sum == (int) sum ? IntNode.valueOf((int) sum) : LongNode.valueOf(sum);
  }

  private static long rounded(Arguments args, int index) throws DataFlowException {
    JsonNode value = args.number(index);
    long result = Math.round(value.doubleValue());
    if (result < Integer.MIN_VALUE || result > Integer.MAX_VALUE) {
      throw args.failure("The value " + value + " is outside the range of a 32-bit integer.");
    }
    return result;
  }

  /**
   * A random integer from the start (inclusive) to the end (exclusive); numbers with fractions are
   * truncated first. With a seed the result is repeatable.
   */
  static JsonNode random(Arguments args, RandomGenerator random) throws DataFlowException {
    int start = args.number(0).intValue();
    int end = args.number(1).intValue();
    if (end <= start) {
      throw args.failure("The end (" + end + ") must be greater than the start (" + start + ").");
    }
    RandomGenerator source = args.count() == 3 ? new Random(args.number(2).longValue()) : random;
    return IntNode.valueOf(source.nextInt(start, end));
  }
}
