package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cases of {@code shared/conformance/aws-recorded-api} for the resource operations, replayed
 * through the API: each replayable case must get AWS's answer, or fail in the way of a known gap.
 * The cases that cannot be replayed (members the recording did not keep, calls refused by the
 * client, setup calls of execution operations) and the known gaps are counted per operation and
 * printed after the run.
 */
class RecordedResourceCasesTest {

  static final Set<String> OPERATIONS =
      Set.of(
          "CreateStateMachine",
          "DescribeStateMachine",
          "UpdateStateMachine",
          "DeleteStateMachine",
          "ListStateMachines",
          "PublishStateMachineVersion",
          "ListStateMachineVersions",
          "DeleteStateMachineVersion",
          "CreateStateMachineAlias",
          "DescribeStateMachineAlias",
          "UpdateStateMachineAlias",
          "DeleteStateMachineAlias",
          "ListStateMachineAliases",
          "CreateActivity",
          "DescribeActivity",
          "DeleteActivity",
          "ListActivities",
          "TagResource",
          "UntagResource",
          "ListTagsForResource",
          "ValidateStateMachineDefinition");

  /**
   * Kinds of answer that Stepwise does not give yet: which recorded answers, why, and the part of
   * the mismatch that shows it is this gap and no other.
   */
  private record Gap(Predicate<JsonNode> expected, String reason, String mismatch) {}

  /** None at present; a gap found later is listed here with its reason until it is closed. */
  private static final List<Gap> KNOWN_GAPS = List.of();

  private static final Map<String, int[]> TALLY = new TreeMap<>();
  private static final Map<String, Integer> GAPS = new TreeMap<>();
  private static final Map<String, Integer> UNREPLAYABLE = new TreeMap<>();
  private static final int PASSED = 0;
  private static final int KNOWN_GAP = 1;
  private static final int NOT_REPLAYABLE = 2;

  @TestFactory
  Stream<DynamicTest> replaysEveryReplayableCase() {
    CaseReplay replay = new CaseReplay(OPERATIONS);
    return RecordedCase.of(OPERATIONS).stream()
        .filter(recorded -> replayable(replay, recorded))
        .map(recorded -> DynamicTest.dynamicTest(recorded.file(), () -> check(recorded)));
  }

  private static boolean replayable(CaseReplay replay, RecordedCase recorded) {
    Optional<String> reason = replay.unreplayable(recorded);
    reason.ifPresent(
        why -> {
          tally(recorded)[NOT_REPLAYABLE]++;
          UNREPLAYABLE.merge(recorded.operation() + ": " + why, 1, Integer::sum);
        });
    return reason.isEmpty();
  }

  private static void check(RecordedCase recorded) {
    Optional<String> mismatch = new CaseReplay(OPERATIONS).replay(recorded);
    Optional<Gap> gap =
        KNOWN_GAPS.stream().filter(g -> g.expected().test(recorded.expected())).findFirst();
    if (mismatch.isPresent() && gap.isPresent()) {
      assertThat(mismatch.get()).as(recorded.file()).contains(gap.get().mismatch());
      tally(recorded)[KNOWN_GAP]++;
      GAPS.merge(gap.get().reason(), 1, Integer::sum);
      return;
    }
    assertThat(mismatch).as(recorded.file()).isEmpty();
    tally(recorded)[PASSED]++;
  }

  private static int[] tally(RecordedCase recorded) {
    return TALLY.computeIfAbsent(recorded.operation(), op -> new int[3]);
  }

  @AfterAll
  static void printTally() {
    StringBuilder table = new StringBuilder("operation | passed | known gap | not replayable\n");
    TALLY.forEach(
        (op, c) ->
            table.append(
                String.format(
                    "%s | %d | %d | %d%n", op, c[PASSED], c[KNOWN_GAP], c[NOT_REPLAYABLE])));
    GAPS.forEach(
        (reason, count) ->
            table.append("known gap: ").append(reason).append(": ").append(count).append('\n'));
    UNREPLAYABLE.forEach(
        (why, count) ->
            table.append("not replayable, ").append(why).append(": ").append(count).append('\n'));
    System.out.println(table);
  }
}
