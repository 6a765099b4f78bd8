package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.runtime.TaskRegistry;
import io.stepwise.service.api.OperationRegistry;
import io.stepwise.service.teststate.TestState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The TestState cases of {@code shared/conformance/aws-recorded-api}, replayed through the API:
 * each replayable case must get AWS's answer, unless {@code recorded-teststate-known-failures.txt}
 * lists it with the reason it does not yet. A listed case that passes fails the build too, so that
 * the list only shrinks. Tasks without a mock reach an empty task registry.
 */
class RecordedTestStateCasesTest {

  private static final Set<String> OPERATIONS = Set.of("TestState");
  private static final Map<String, KnownFailure> KNOWN_FAILURES = knownFailures();
  private static final Map<String, Integer> UNREPLAYABLE = new TreeMap<>();
  private static final AtomicInteger PASSED = new AtomicInteger();
  private static final AtomicInteger KNOWN = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> replaysEveryReplayableCase() {
    CaseReplay replay = replay();
    return RecordedCase.of(OPERATIONS).stream()
        .filter(recorded -> replayable(replay, recorded))
        .map(recorded -> DynamicTest.dynamicTest(recorded.file(), () -> check(recorded)));
  }

  private static CaseReplay replay() {
    return new CaseReplay(
        OPERATIONS,
        () ->
            OperationRegistry.builder()
                .register("TestState", new TestState(new TaskRegistry()))
                .build());
  }

  private static boolean replayable(CaseReplay replay, RecordedCase recorded) {
    Optional<String> reason = replay.unreplayable(recorded);
    reason.ifPresent(why -> UNREPLAYABLE.merge(why, 1, Integer::sum));
    return reason.isEmpty();
  }

  /** A listed case: the text its mismatch contains, which shows the gap, and the gap. */
  private record KnownFailure(String mismatch, String reason) {}

  private static void check(RecordedCase recorded) {
    Optional<String> mismatch = replay().replay(recorded);
    String name = recorded.file().replaceFirst("\\.json$", "");
    KnownFailure known = KNOWN_FAILURES.get(name);
    if (known != null) {
      assertThat(mismatch)
          .as("%s is listed as a known failure (%s) but passes: remove it", name, known.reason())
          .isPresent();
      assertThat(mismatch.get()).as("%s (%s)", name, known.reason()).contains(known.mismatch());
      KNOWN.incrementAndGet();
      return;
    }
    assertThat(mismatch).as(recorded.file()).isEmpty();
    PASSED.incrementAndGet();
  }

  /** The listed cases, by file name without {@code .json}. */
  private static Map<String, KnownFailure> knownFailures() {
    Map<String, KnownFailure> cases = new TreeMap<>();
    try (InputStream in =
        RecordedTestStateCasesTest.class.getResourceAsStream(
            "/recorded-teststate-known-failures.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int bar = line.indexOf(" | ");
        int hash = line.indexOf(" # ", bar);
        cases.put(
            line.substring(0, bar).strip(),
            new KnownFailure(
                line.substring(bar + 3, hash).strip(), line.substring(hash + 3).strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  @AfterAll
  static void printTally() {
    StringBuilder table =
        new StringBuilder("TestState: passed ")
            .append(PASSED.get())
            .append(", known failures ")
            .append(KNOWN.get())
            .append('\n');
    UNREPLAYABLE.forEach(
        (why, count) ->
            table.append("not replayable, ").append(why).append(": ").append(count).append('\n'));
    System.out.println(table);
  }
}
