package io.stepwise.server;

import static io.stepwise.server.ResourceApi.PASS;
import static io.stepwise.server.ResourceApi.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.store.sqlite.SqliteStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.Tag;

/** The resource operations on SQLite: what one server stored, the next one on the file reads. */
class SqliteResourceApiTest {

  @TempDir Path data;

  @Test
  void keepsMachinesVersionsAliasesActivitiesAndTagsAcrossRestarts() {
    String machine;
    String version;
    try (ResourceApi api = new ResourceApi(SqliteStore.openDirectory(data))) {
      machine =
          api.sfn
              .createStateMachine(
                  r ->
                      r.name("Durable")
                          .definition(PASS)
                          .roleArn(ROLE)
                          .publish(true)
                          .tags(Tag.builder().key("k").value("v").build()))
              .stateMachineArn();
      version = machine + ":1";
      api.sfn.createStateMachineAlias(
          r ->
              r.name("live")
                  .routingConfiguration(
                      RoutingConfigurationListItem.builder()
                          .stateMachineVersionArn(version)
                          .weight(100)
                          .build()));
      api.sfn.createActivity(r -> r.name("act"));
      api.sfn.updateStateMachine(
          r -> r.stateMachineArn(machine).tracingConfiguration(t -> t.enabled(true)));
    }

    try (ResourceApi api = new ResourceApi(SqliteStore.openDirectory(data))) {
      var described = api.sfn.describeStateMachine(r -> r.stateMachineArn(machine));
      assertThat(described.definition()).isEqualTo(PASS);
      assertThat(described.tracingConfiguration().enabled()).isTrue();
      assertThat(described.revisionId()).isNotNull();
      assertThat(api.sfn.describeStateMachine(r -> r.stateMachineArn(version)).revisionId())
          .isNull();
      assertThat(
              api.sfn
                  .describeStateMachineAlias(r -> r.stateMachineAliasArn(machine + ":live"))
                  .routingConfiguration())
          .extracting(RoutingConfigurationListItem::stateMachineVersionArn)
          .containsExactly(version);
      assertThat(api.sfn.listActivities(r -> {}).activities())
          .extracting(a -> a.name())
          .containsExactly("act");
      assertThat(api.sfn.listTagsForResource(r -> r.resourceArn(machine)).tags())
          .extracting(Tag::key)
          .containsExactly("k");
      api.sfn.deleteStateMachine(r -> r.stateMachineArn(machine));
      assertThat(api.sfn.listStateMachines(r -> {}).stateMachines()).isEmpty();
    }
  }
}
