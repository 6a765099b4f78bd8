package io.stepwise.service.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A shape of a service model with its constraints compiled: what the server checks a request member
 * against, and TestState a mocked result. Shapes are built once, when the model is loaded.
 */
public sealed interface Shape {

  String name();

  /** Whether AWS leaves the value out of validation messages (the model's {@code sensitive}). */
  boolean sensitive();

  /** A string, with optional length bounds, pattern and enum values. */
  record StringShape(
      String name,
      boolean sensitive,
      Optional<Long> min,
      Optional<Long> max,
      Optional<Pattern> pattern,
      List<String> enumValues,
      Set<String> enumSet)
      implements Shape {}

  /** An integer, long, float or double, with optional value bounds. */
  record NumberShape(
      String name, boolean sensitive, NumberKind kind, Optional<Double> min, Optional<Double> max)
      implements Shape {}

  /** A boolean. */
  record BooleanShape(String name, boolean sensitive) implements Shape {}

  /**
   * Binary data, with optional length bounds: base64 text in an AWS SDK task's result, the
   * function's JSON result in the optimized Lambda integration's {@code Payload}.
   */
  record BlobShape(String name, boolean sensitive, Optional<Long> min, Optional<Long> max)
      implements Shape {}

  /** A timestamp: epoch seconds on the AWS JSON protocol. */
  record TimestampShape(String name, boolean sensitive) implements Shape {}

  /** A list, with optional length bounds. */
  record ListShape(
      String name, boolean sensitive, Shape member, Optional<Long> min, Optional<Long> max)
      implements Shape {}

  /** A map from string keys, with optional size bounds. */
  record MapShape(
      String name,
      boolean sensitive,
      Shape key,
      Shape value,
      Optional<Long> min,
      Optional<Long> max)
      implements Shape {}

  /**
   * A structure: its members in the model's order, and which are required. A structure may be among
   * its own members' shapes, so it prints its members' names only.
   */
  record StructureShape(String name, boolean sensitive, List<Member> members) implements Shape {
    @Override
    public String toString() {
      return "StructureShape["
          + name
          + ", members "
          + members.stream().map(Member::name).toList()
          + "]";
    }
  }

  /** One member of a structure. */
  record Member(String name, Shape shape, boolean required) {}

  /** The number types of the model, named as AWS names them in serialization errors. */
  enum NumberKind {
    INTEGER("Integer", true),
    LONG("Long", true),
    FLOAT("Float", false),
    DOUBLE("Double", false);

    private final String javaName;
    private final boolean integral;

    NumberKind(String javaName, boolean integral) {
      this.javaName = javaName;
      this.integral = integral;
    }

    public String javaName() {
      return javaName;
    }

    public boolean integral() {
      return integral;
    }
  }
}
