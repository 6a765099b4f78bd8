package io.stepwise.service.executions;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.service.api.ApiResult;
import io.stepwise.store.AliasRecord;
import io.stepwise.store.AliasRoute;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.StateMachineStatus;
import io.stepwise.store.StateMachineType;
import io.stepwise.store.VersionRecord;
import io.stepwise.store.memory.InMemoryStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a start request's ARN resolves: machine, version, or an alias's weighted versions. */
class TargetTest {
  private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:M";

  private final InMemoryStore store = new InMemoryStore();

  private VersionRecord publish(String definition) {
    StateMachineRecord machine =
        new StateMachineRecord(
            MACHINE,
            "M",
            StateMachineType.STANDARD,
            definition,
            "arn:aws:iam::123456789012:role/r",
            null,
            false,
            null,
            null,
            1_000L,
            "rev-" + definition,
            StateMachineStatus.ACTIVE);
    if (!store.machines().createMachine(machine)) {
      store.machines().updateMachine(machine);
    }
    return store.machines().publishVersion(MACHINE, null, 2_000L).orElseThrow();
  }

  private Target resolve(String arn, int percent) {
    return ((ApiResult.Ok<Target>) Target.resolve(store.machines(), arn, () -> percent)).value();
  }

  @Test
  void anAliasRoutesByCumulativeWeight() {
    VersionRecord v1 = publish("one");
    VersionRecord v2 = publish("two");
    String alias = MACHINE + ":live";
    store
        .machines()
        .createAlias(
            new AliasRecord(
                alias,
                MACHINE,
                "live",
                null,
                List.of(new AliasRoute(v1.arn(), 30), new AliasRoute(v2.arn(), 70)),
                3_000L,
                null));

    assertThat(resolve(alias, 0).versionArn()).isEqualTo(v1.arn());
    assertThat(resolve(alias, 29).versionArn()).isEqualTo(v1.arn());
    assertThat(resolve(alias, 30).versionArn()).isEqualTo(v2.arn());
    assertThat(resolve(alias, 99).machine().definition()).isEqualTo("two");
    assertThat(resolve(alias, 99).aliasArn()).isEqualTo(alias);
    assertThat(resolve(alias, 99).arn().toString()).isEqualTo(MACHINE);
  }

  @Test
  void aVersionRunsItsSnapshotAndAMachineItsCurrentForm() {
    VersionRecord v1 = publish("one");
    publish("two");

    Target version = resolve(v1.arn(), 0);
    Target machine = resolve(MACHINE, 0);

    assertThat(version.machine().definition()).isEqualTo("one");
    assertThat(version.versionArn()).isEqualTo(v1.arn());
    assertThat(version.aliasArn()).isNull();
    assertThat(machine.machine().definition()).isEqualTo("two");
    assertThat(machine.versionArn()).isNull();
  }

  @Test
  void anUnknownTargetIsStateMachineDoesNotExist() {
    ApiResult<Target> missing = Target.resolve(store.machines(), MACHINE + ":9", () -> 0);

    assertThat(missing)
        .isInstanceOfSatisfying(
            ApiResult.Err.class,
            err -> assertThat(err.error().type()).isEqualTo("StateMachineDoesNotExist"));
  }
}
