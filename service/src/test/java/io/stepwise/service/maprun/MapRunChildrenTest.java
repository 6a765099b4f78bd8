package io.stepwise.service.maprun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import io.stepwise.engine.history.MapRunSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapRunChildrenTest {
  private static final String FIRST = "arn:aws:states:us-east-1:1:mapRun:M/each:e-3";
  private static final String SECOND = "arn:aws:states:us-east-1:1:mapRun:M/each:e-9";
  private static final MapRunSettings SETTINGS = new MapRunSettings(0, -1, -1);
  private static final int MAP = 1;

  private final List<HistoryEvent> events = new ArrayList<>();

  @Test
  void childrenStillRunningWhenTheirMapRunFailsAreAbortedWithIt() {
    add(
        HistoryEventType.MAP_RUN_STARTED,
        new EventDetails.MapRunStarted(FIRST, SETTINGS, 3, null),
        MAP);
    startChild(0, 2);
    startChild(1, 3);
    startChild(2, 4);
    add(
        HistoryEventType.EXECUTION_SUCCEEDED,
        new EventDetails.ExecutionSucceeded(new IntNode(20)),
        2);
    add(HistoryEventType.EXECUTION_FAILED, new EventDetails.ErrorDetails("Boom", "item 1"), 3);
    add(
        HistoryEventType.MAP_RUN_FAILED,
        new EventDetails.MapRunFailed(
            "States.ExceedToleratedFailureThreshold", null, SETTINGS, 1, 1, 1),
        MAP);

    List<MapRunChild> children = MapRunChildren.of(events, FIRST).orElseThrow();

    assertThat(children)
        .extracting(MapRunChild::status)
        .containsExactly("SUCCEEDED", "FAILED", "ABORTED");
    assertThat(children.get(0).output()).isEqualTo(new IntNode(20));
    assertThat(children.get(1).error()).isEqualTo("Boom");
    assertThat(children.get(1).cause()).isEqualTo("item 1");
    assertThat(children.get(2).stopDate()).isEqualTo(events.getLast().timestamp());
    assertThat(children.get(2).executionArn())
        .isEqualTo("arn:aws:states:us-east-1:1:execution:M/each:e-3_2");
    assertThat(children.get(2).name()).isEqualTo("e-3_2");
  }

  @Test
  void aLaterMapRunOfTheSameMapStateHasItsOwnChildren() {
    add(
        HistoryEventType.MAP_RUN_STARTED,
        new EventDetails.MapRunStarted(FIRST, SETTINGS, 1, null),
        MAP);
    startChild(0, 2);
    add(
        HistoryEventType.EXECUTION_SUCCEEDED,
        new EventDetails.ExecutionSucceeded(new TextNode("a")),
        2);
    add(
        HistoryEventType.MAP_RUN_STARTED,
        new EventDetails.MapRunStarted(SECOND, SETTINGS, 1, null),
        MAP);
    startChild(0, 5);
    add(HistoryEventType.EXECUTION_ABORTED, new EventDetails.ErrorDetails(null, null), 0);

    assertThat(statuses(FIRST)).containsExactly("SUCCEEDED");
    assertThat(statuses(SECOND)).as("aborted with its execution").containsExactly("ABORTED");
    assertThat(MapRunChildren.of(events, FIRST.replace("e-3", "e-4"))).isEmpty();
  }

  @Test
  void aChildStillRunningIsRunningWithoutAStopDate() {
    add(
        HistoryEventType.MAP_RUN_STARTED,
        new EventDetails.MapRunStarted(FIRST, SETTINGS, 2, null),
        MAP);
    startChild(0, 2);
    startChild(1, 3);
    add(
        HistoryEventType.EXECUTION_SUCCEEDED,
        new EventDetails.ExecutionSucceeded(new IntNode(1)),
        3);

    List<MapRunChild> children = MapRunChildren.of(events, FIRST).orElseThrow();

    assertThat(children).extracting(MapRunChild::status).containsExactly("RUNNING", "SUCCEEDED");
    assertThat(children.get(0).stopDate()).isNull();
    assertThat(children.get(0).input()).isEqualTo(new IntNode(0));
  }

  private List<String> statuses(String mapRunArn) {
    return MapRunChildren.of(events, mapRunArn).orElseThrow().stream()
        .map(MapRunChild::status)
        .toList();
  }

  private void startChild(int index, int thread) {
    add(
        HistoryEventType.EXECUTION_STARTED,
        new EventDetails.ChildExecutionStarted(new IntNode(index * 10), "role", MAP, index),
        thread);
  }

  private void add(HistoryEventType type, EventDetails details, int thread) {
    long id = events.size() + 1;
    events.add(new HistoryEvent(id, id - 1, 1_000L * id, type, details, thread));
  }
}
