package io.stepwise.dataflow.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata.Frame;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.dataflow.EvaluationContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The functions Step Functions adds to JSONata ({@code $partition}, {@code $range}, {@code $hash},
 * {@code $random}, {@code $uuid}, {@code $parse}) and the one it takes away ({@code $eval}, which
 * then fails as a call of a non-function, as on AWS).
 */
final class StepFunctionsFunctions {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> HASH_ALGORITHMS =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  private static final JFunction PARTITION =
      function("partition", StepFunctionsFunctions::partition);
  private static final JFunction RANGE = function("range", StepFunctionsFunctions::range);
  private static final JFunction HASH = function("hash", StepFunctionsFunctions::hash);
  private static final JFunction PARSE = function("parse", StepFunctionsFunctions::parse);

  private StepFunctionsFunctions() {}

  /**
   * Binds into {@code frame} those of the functions that the expression names; randomness and time
   * come from {@code context}.
   *
   * @param names the names the expression writes as {@code $name}; a function is only reached
   *     through its name, so the others need no binding
   */
  static void bind(Frame frame, EvaluationContext context, Set<String> names) {
    for (String name : names) {
      switch (name) {
        case "partition" -> frame.bind(name, PARTITION);
        case "range" -> frame.bind(name, RANGE);
        case "hash" -> frame.bind(name, HASH);
        case "parse" -> frame.bind(name, PARSE);
        case "random" -> frame.bind(name, function(name, args -> random(args, context.random())));
        case "uuid" -> frame.bind(name, function(name, args -> uuid(args, context.random())));
        case "eval" -> frame.bind(name, (Object) null);
        default -> {}
      }
    }
    if (names.contains("now") || names.contains("millis")) {
      bindClock(frame, context);
    }
  }

  /**
   * Binds {@code $now} and {@code $millis} to one reading of the context's clock, as JSONata fixes
   * the time when an evaluation starts. The library's own functions read a per-thread copy of that
   * time, which goes stale, and the system clock rather than the engine's.
   */
  private static void bindClock(Frame frame, EvaluationContext context) {
    long millis = context.now().toEpochMilli();
    frame.bind("now", function("now", args -> now(args, millis)));
    frame.bind("millis", function("millis", args -> millis(args, millis)));
  }

  private static JFunction function(String name, Body body) {
    return new JFunction((input, args) -> body.apply(new Arguments(name, args)), null);
  }

  /** A function body over checked arguments. */
  private interface Body {
    Object apply(Arguments args);
  }

  private static Object partition(Arguments args) {
    args.expectCount(2);
    List<?> array = args.array(0);
    long size = args.integer(1);
    if (size <= 0) {
      throw args.failure("The chunk size argument must be a positive integer");
    }
    List<Object> chunks = new ArrayList<>();
    for (int start = 0; start < array.size(); start += (int) size) {
      chunks.add(new ArrayList<>(array.subList(start, (int) Math.min(array.size(), start + size))));
    }
    return chunks;
  }

  private static Object range(Arguments args) {
    args.expectCount(3);
    long start = args.integer(0);
    long end = args.integer(1);
    long step = args.integer(2);
    if (step == 0) {
      throw args.failure("The step argument must not be zero");
    }
    // A sequence, not an array: like any JSONata sequence, a single number comes out unwrapped.
    List<Object> values = Utils.createSequence();
    for (long value = start; step > 0 ? value <= end : value >= end; value += step) {
      values.add(value);
    }
    return values;
  }

  private static Object hash(Arguments args) {
    args.expectCount(2);
    String data = args.string(0);
    String algorithm = args.string(1);
    if (!HASH_ALGORITHMS.contains(algorithm)) {
      throw args.failure(
          "The hash algorithm must be one of " + String.join(", ", sorted(HASH_ALGORITHMS)));
    }
    try {
      byte[] digest =
          MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("Every JVM provides " + algorithm, missing);
    }
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }

  private static Object random(Arguments args, RandomGenerator random) {
    if (args.count() == 0) {
      return random.nextDouble();
    }
    args.expectCount(1);
    return new Random(args.integer(0)).nextDouble();
  }

  private static Object uuid(Arguments args, RandomGenerator random) {
    args.expectCount(0);
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(high, low).toString();
  }

  private static Object now(Arguments args, long millis) {
    if (args.count() > 2) {
      args.expectCount(2);
    }
    String picture = args.count() > 0 ? args.string(0) : null;
    String timezone = args.count() > 1 ? args.string(1) : null;
    return Functions.dateTimeFromMillis(millis, picture, timezone);
  }

  private static Object millis(Arguments args, long millis) {
    args.expectCount(0);
    return millis;
  }

  private static Object parse(Arguments args) {
    args.expectCount(1);
    String text = args.string(0);
    try {
      return JsonataValues.toJsonata(MAPPER.readTree(text));
    } catch (JacksonException malformed) {
      throw args.failure("The argument is not a valid JSON string: " + text);
    }
  }
}
