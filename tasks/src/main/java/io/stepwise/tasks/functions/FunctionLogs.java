package io.stepwise.tasks.functions;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The logs of each function's most recent invocations, newest last: what a user reads to see what a
 * function printed, as in its CloudWatch log group. Each function keeps a ring of at most {@link
 * #KEPT} invocations and {@link #KEPT_CHARS} characters, so that neither many invocations nor a
 * chatty function grow it without bound; the newest invocation is always kept.
 *
 * <p>A log holds what the worker wrote (stdout and stderr) and Lambda's START, END and REPORT
 * lines, nothing more: the function's environment is never added to it.
 */
public final class FunctionLogs {
  /** How many invocation logs are kept per function. */
  public static final int KEPT = 100;

  /** How many characters of logs are kept per function, at most (one log may be larger alone). */
  public static final int KEPT_CHARS = 1024 * 1024;

  /**
   * One invocation's log: {@code sequence} grows with each log recorded (of any function), so a
   * reader asks for those after the last one it read; {@code timestamp} is in epoch milliseconds.
   */
  public record Entry(long sequence, String requestId, long timestamp, String log) {}

  private final Map<String, Ring> logs = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Clock clock;

  public FunctionLogs(Clock clock) {
    this.clock = clock;
  }

  void record(String functionName, String requestId, String log) {
    Entry entry = new Entry(sequence.incrementAndGet(), requestId, clock.millis(), log);
    logs.computeIfAbsent(functionName, name -> new Ring()).add(entry);
  }

  /** The logs of {@code functionName}'s recent invocations, oldest first. */
  public List<String> of(String functionName) {
    return after(functionName, 0).stream().map(Entry::log).toList();
  }

  /** The kept invocations of {@code functionName} recorded after {@code sequence}, oldest first. */
  public List<Entry> after(String functionName, long sequence) {
    Ring ring = logs.get(functionName);
    return ring == null ? List.of() : ring.after(sequence);
  }

  /** One function's recent logs. */
  private static final class Ring {
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long chars;

    synchronized void add(Entry entry) {
      entries.addLast(entry);
      chars += entry.log().length();
      while (entries.size() > KEPT || (chars > KEPT_CHARS && entries.size() > 1)) {
        chars -= entries.removeFirst().log().length();
      }
    }

    synchronized List<Entry> after(long sequence) {
      return entries.stream().filter(entry -> entry.sequence() > sequence).toList();
    }
  }
}
