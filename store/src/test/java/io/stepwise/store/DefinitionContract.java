package io.stepwise.store;

import static io.stepwise.store.StoreFixtures.PREFIX;
import static io.stepwise.store.StoreFixtures.machine;
import static io.stepwise.store.StoreFixtures.machineArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} must have for state machines, versions, aliases, activities and
 * tags. A store implementation's test extends this class and says how to open a new, empty store.
 */
public abstract class DefinitionContract {
  private Store store;
  private MachineStore machines;

  /** Opens a new, empty store. */
  protected abstract Store openStore();

  @BeforeEach
  void open() {
    store = openStore();
    machines = store.machines();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aMachineIsCreatedOnceAndUpdatedInPlace() {
    StateMachineRecord first = machine("m", "{\"v\":1}");
    StateMachineRecord second = machine("m", "{\"v\":2}");

    assertThat(machines.createMachine(first)).isTrue();
    assertThat(machines.createMachine(second)).isFalse();
    assertThat(machines.machine(first.arn())).contains(first);
    assertThat(machines.updateMachine(second)).isTrue();
    assertThat(machines.machine(first.arn())).contains(second);
    assertThat(machines.updateMachine(machine("ghost", "{}"))).isFalse();
  }

  @Test
  void everyRevisionOfADefinitionIsKeptForTheExecutionsThatRunIt() {
    StateMachineRecord first = machine("m", "{\"v\":1}");
    StateMachineRecord second = machine("m", "{\"v\":2}");
    machines.createMachine(first);
    machines.updateMachine(second);
    machines.deleteMachine(first.arn());

    assertThat(machines.definition(first.arn(), first.revisionId())).contains("{\"v\":1}");
    assertThat(machines.definition(first.arn(), second.revisionId())).contains("{\"v\":2}");
    assertThat(machines.definition(first.arn(), "unknown")).isEmpty();
  }

  @Test
  void machinesListOldestFirstWithinAPrefixInPages() {
    for (String name : List.of("c", "a", "b")) {
      machines.createMachine(machine(name, "{}"));
    }
    StateMachineRecord elsewhere = machine("z", "{}");
    machines.createMachine(
        new StateMachineRecord(
            elsewhere.arn().replace("us-east-1", "eu-west-1"),
            "z",
            elsewhere.type(),
            "{}",
            elsewhere.roleArn(),
            null,
            false,
            null,
            null,
            1,
            "r",
            elsewhere.status()));
    String prefix = PREFIX + "stateMachine:";

    Page<StateMachineRecord> first = machines.machines(prefix, 2, null);
    Page<StateMachineRecord> second = machines.machines(prefix, 2, first.nextCursor());

    assertThat(first.items()).extracting(StateMachineRecord::name).containsExactly("c", "a");
    assertThat(second.items()).extracting(StateMachineRecord::name).containsExactly("b");
    assertThat(second.nextCursor()).isNull();
  }

  @Test
  void versionsSnapshotTheMachineAndNumbersAreNeverReused() {
    StateMachineRecord original = machine("m", "{\"v\":1}");
    machines.createMachine(original);
    VersionRecord v1 = machines.publishVersion(original.arn(), "first", 10).orElseThrow();
    machines.updateMachine(machine("m", "{\"v\":2}"));
    VersionRecord v2 = machines.publishVersion(original.arn(), null, 20).orElseThrow();
    machines.deleteVersion(v2.arn());
    VersionRecord v3 = machines.publishVersion(original.arn(), null, 30).orElseThrow();

    assertThat(v1).isEqualTo(new VersionRecord(original.arn() + ":1", 1, "first", 10, original));
    assertThat(v3.number()).isEqualTo(3);
    assertThat(v3.snapshot().definition()).isEqualTo("{\"v\":2}");
    assertThat(machines.version(v1.arn())).contains(v1);
    assertThat(machines.version(v2.arn())).isEmpty();
    assertThat(machines.versions(original.arn(), 10, null).items()).containsExactly(v3, v1);
    assertThat(machines.publishVersion(machineArn("ghost"), null, 1)).isEmpty();
  }

  @Test
  void versionsPageNewestFirst() {
    machines.createMachine(machine("m", "{}"));
    for (int i = 0; i < 5; i++) {
      machines.publishVersion(machineArn("m"), null, i);
    }
    List<Long> numbers = new ArrayList<>();
    String cursor = null;
    do {
      Page<VersionRecord> page = machines.versions(machineArn("m"), 2, cursor);
      page.items().forEach(v -> numbers.add(v.number()));
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(numbers).containsExactly(5L, 4L, 3L, 2L, 1L);
  }

  @Test
  void aliasesAreCreatedUpdatedListedAndDeleted() {
    machines.createMachine(machine("m", "{}"));
    String v1 = machineArn("m") + ":1";
    String v2 = machineArn("m") + ":2";
    AliasRecord alias =
        new AliasRecord(
            machineArn("m") + ":prod",
            machineArn("m"),
            "prod",
            "live",
            List.of(new AliasRoute(v1, 100)),
            5,
            null);
    AliasRecord split =
        new AliasRecord(
            alias.arn(),
            alias.stateMachineArn(),
            "prod",
            "canary",
            List.of(new AliasRoute(v1, 90), new AliasRoute(v2, 10)),
            5,
            9L);

    assertThat(machines.createAlias(alias)).isTrue();
    assertThat(machines.createAlias(alias)).isFalse();
    assertThat(machines.updateAlias(split)).isTrue();
    assertThat(machines.alias(alias.arn())).contains(split);
    assertThat(machines.aliases(machineArn("m"))).containsExactly(split);
    assertThat(machines.deleteAlias(alias.arn())).isTrue();
    assertThat(machines.alias(alias.arn())).isEmpty();
  }

  @Test
  void deletingAMachineDeletesItsVersionsAliasesAndTags() {
    StateMachineRecord m = machine("m", "{}");
    machines.createMachine(m);
    VersionRecord v1 = machines.publishVersion(m.arn(), null, 1).orElseThrow();
    AliasRecord alias =
        new AliasRecord(
            m.arn() + ":a", m.arn(), "a", null, List.of(new AliasRoute(v1.arn(), 100)), 1, null);
    machines.createAlias(alias);
    store.tags().tag(m.arn(), Map.of("team", "x"));
    store.tags().tag(v1.arn(), Map.of("team", "y"));

    assertThat(machines.deleteMachine(m.arn())).isTrue();

    assertThat(machines.machine(m.arn())).isEmpty();
    assertThat(machines.version(v1.arn())).isEmpty();
    assertThat(machines.alias(alias.arn())).isEmpty();
    assertThat(store.tags().tags(m.arn())).isEmpty();
    assertThat(store.tags().tags(v1.arn())).isEmpty();
    assertThat(machines.deleteMachine(m.arn())).isFalse();
  }

  @Test
  void activitiesAreCreatedOnceListedAndDeletedWithTheirTags() {
    ActivityStore activities = store.activities();
    ActivityRecord a = new ActivityRecord(PREFIX + "activity:a", "a", null, 1);
    ActivityRecord b = new ActivityRecord(PREFIX + "activity:b", "b", "{\"type\":\"x\"}", 2);

    assertThat(activities.createActivity(a)).isTrue();
    assertThat(activities.createActivity(a)).isFalse();
    activities.createActivity(b);
    store.tags().tag(a.arn(), Map.of("k", "v"));

    assertThat(activities.activities(PREFIX + "activity:", 10, null).items()).containsExactly(a, b);
    assertThat(activities.deleteActivity(a.arn())).isTrue();
    assertThat(activities.activity(a.arn())).isEmpty();
    assertThat(activities.activity(b.arn())).contains(b);
    assertThat(store.tags().tags(a.arn())).isEmpty();
  }

  @Test
  void tagsAreAddedReplacedAndRemovedByKey() {
    TagStore tags = store.tags();
    String arn = machineArn("m");

    tags.tag(arn, Map.of("b", "1", "a", "2"));
    tags.tag(arn, Map.of("b", "3"));
    tags.untag(arn, List.of("a", "missing"));

    assertThat(tags.tags(arn)).containsExactly(Map.entry("b", "3"));
    assertThat(tags.tags(machineArn("other"))).isEmpty();
  }
}
