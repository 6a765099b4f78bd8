package io.stepwise.server;

import static io.stepwise.server.ResourceApi.PASS;
import static io.stepwise.server.ResourceApi.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.store.memory.InMemoryStore;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ConflictException;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ListStateMachineAliasesResponse;
import software.amazon.awssdk.services.sfn.model.PublishStateMachineVersionResponse;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** Versions and aliases through the AWS SDK. */
class VersionAndAliasApiTest {

  private final ResourceApi api = new ResourceApi(new InMemoryStore());
  private final SfnClient sfn = api.sfn;

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void publishesOnCreateAndDescribesTheVersion() {
    String version =
        sfn.createStateMachine(
                r ->
                    r.name("V")
                        .definition(PASS)
                        .roleArn(ROLE)
                        .publish(true)
                        .versionDescription("one"))
            .stateMachineVersionArn();

    DescribeStateMachineResponse described =
        sfn.describeStateMachine(r -> r.stateMachineArn(version));
    assertThat(version).endsWith(":stateMachine:V:1");
    assertThat(described.stateMachineArn()).isEqualTo(version);
    assertThat(described.description()).isEqualTo("one");
    assertThat(described.definition()).isEqualTo(PASS);
  }

  @Test
  void publishesEachRevisionOnceAndListsVersionsNewestFirst() {
    String arn = api.createMachine("P");
    PublishStateMachineVersionResponse first =
        sfn.publishStateMachineVersion(r -> r.stateMachineArn(arn));
    PublishStateMachineVersionResponse same =
        sfn.publishStateMachineVersion(r -> r.stateMachineArn(arn));
    sfn.updateStateMachine(r -> r.stateMachineArn(arn).definition(PASS.replace("\"P\"", "\"R\"")));
    String second =
        sfn.publishStateMachineVersion(r -> r.stateMachineArn(arn)).stateMachineVersionArn();

    assertThat(first.stateMachineVersionArn()).isEqualTo(arn + ":1");
    assertThat(same.stateMachineVersionArn()).isEqualTo(arn + ":1");
    assertThat(same.creationDate()).isEqualTo(first.creationDate());
    assertThat(second).isEqualTo(arn + ":2");
    assertThat(sfn.listStateMachineVersions(r -> r.stateMachineArn(arn)).stateMachineVersions())
        .extracting(v -> v.stateMachineVersionArn())
        .containsExactly(arn + ":2", arn + ":1");
  }

  @Test
  void refusesToPublishAStaleRevision() {
    String arn = api.createMachine("Stale");
    String revision =
        sfn.updateStateMachine(
                r -> r.stateMachineArn(arn).definition(PASS.replace("\"P\"", "\"S\"")))
            .revisionId();
    String current =
        sfn.updateStateMachine(r -> r.stateMachineArn(arn).definition(PASS)).revisionId();

    assertThatThrownBy(
            () -> sfn.publishStateMachineVersion(r -> r.stateMachineArn(arn).revisionId(revision)))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith(
            "Failed to publish the State Machine version for revision "
                + revision
                + ". The current State Machine revision is "
                + current
                + ".");
    assertThat(
            sfn.publishStateMachineVersion(r -> r.stateMachineArn(arn).revisionId(current))
                .stateMachineVersionArn())
        .isEqualTo(arn + ":1");
  }

  @Test
  void aliasesRouteToVersionsAndProtectThem() {
    String arn = api.createMachine("A");
    String v1 =
        sfn.publishStateMachineVersion(r -> r.stateMachineArn(arn)).stateMachineVersionArn();
    sfn.updateStateMachine(r -> r.stateMachineArn(arn).definition(PASS.replace("\"P\"", "\"T\"")));
    String v2 =
        sfn.publishStateMachineVersion(r -> r.stateMachineArn(arn)).stateMachineVersionArn();

    CreateStateMachineAliasResponse created =
        sfn.createStateMachineAlias(
            r -> r.name("live").description("prod").routingConfiguration(route(v1, 100)));
    sfn.updateStateMachineAlias(
        r ->
            r.stateMachineAliasArn(created.stateMachineAliasArn())
                .routingConfiguration(route(v1, 50), route(v2, 50)));

    DescribeStateMachineAliasResponse described =
        sfn.describeStateMachineAlias(r -> r.stateMachineAliasArn(created.stateMachineAliasArn()));
    assertThat(created.stateMachineAliasArn()).isEqualTo(arn + ":live");
    assertThat(described.name()).isEqualTo("live");
    assertThat(described.description()).isEqualTo("prod");
    assertThat(described.routingConfiguration()).containsExactly(route(v1, 50), route(v2, 50));
    assertThat(described.updateDate()).isNotNull();
    assertThatThrownBy(() -> sfn.deleteStateMachineVersion(r -> r.stateMachineVersionArn(v1)))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith(
            "Version to be deleted must not be referenced by an alias. "
                + "Current list of aliases referencing this version: [live]");
  }

  @Test
  void createsAnAliasAgainOnlyWithTheSameConfiguration() {
    String v1 = publishedVersion("Idem");
    CreateStateMachineAliasResponse first =
        sfn.createStateMachineAlias(r -> r.name("a").routingConfiguration(route(v1, 100)));
    CreateStateMachineAliasResponse again =
        sfn.createStateMachineAlias(r -> r.name("a").routingConfiguration(route(v1, 100)));

    assertThat(again.creationDate()).isEqualTo(first.creationDate());
    assertThatThrownBy(
            () ->
                sfn.createStateMachineAlias(
                    r -> r.name("a").description("other").routingConfiguration(route(v1, 100))))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith(
            "Failed to create alias because an alias with the same name and a different "
                + "routing configuration already exists.");
  }

  @Test
  void checksRoutingConfigurationsAsAwsDoes() {
    String v1 = publishedVersion("R");
    String machine = v1.substring(0, v1.length() - 2);

    assertThatThrownBy(
            () ->
                sfn.createStateMachineAlias(
                    r ->
                        r.name("a").routingConfiguration(route(v1, 70), route(machine + ":9", 29))))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "Sum of routing configuration weights must equal 100. Received: [70, 29]");
    assertThatThrownBy(
            () ->
                sfn.createStateMachineAlias(
                    r -> r.name("a").routingConfiguration(route(v1, 50), route(v1, 50))))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "Routing configuration must contain distinct state machine version ARNs. Received: ["
                + v1
                + ", "
                + v1
                + "]");
    assertThatThrownBy(
            () ->
                sfn.createStateMachineAlias(
                    r -> r.name("a").routingConfiguration(route(machine, 100))))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "Routing configuration must contain state machine version ARNs. Received: ["
                + machine
                + "]");
    assertThatThrownBy(
            () ->
                sfn.createStateMachineAlias(
                    r -> r.name("a").routingConfiguration(route(machine + ":7", 100))))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void listsAndDeletesAliases() {
    String v1 = publishedVersion("L");
    String machine = v1.substring(0, v1.length() - 2);
    for (String name : List.of("x", "y", "z")) {
      sfn.createStateMachineAlias(r -> r.name(name).routingConfiguration(route(v1, 100)));
    }

    ListStateMachineAliasesResponse first =
        sfn.listStateMachineAliases(r -> r.stateMachineArn(machine).maxResults(2));
    ListStateMachineAliasesResponse rest =
        sfn.listStateMachineAliases(r -> r.stateMachineArn(machine).nextToken(first.nextToken()));
    sfn.deleteStateMachineAlias(r -> r.stateMachineAliasArn(machine + ":x"));
    sfn.deleteStateMachineAlias(r -> r.stateMachineAliasArn(machine + ":x"));

    assertThat(first.stateMachineAliases())
        .extracting(a -> a.stateMachineAliasArn())
        .containsExactly(machine + ":x", machine + ":y");
    assertThat(rest.stateMachineAliases())
        .extracting(a -> a.stateMachineAliasArn())
        .containsExactly(machine + ":z");
    assertThatThrownBy(
            () -> sfn.describeStateMachineAlias(r -> r.stateMachineAliasArn(machine + ":x")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Request references a resource that does not exist.");
    assertThatThrownBy(() -> sfn.listStateMachineAliases(r -> r.stateMachineArn(machine + "-none")))
        .isInstanceOf(StateMachineDoesNotExistException.class);
  }

  @Test
  void deletingAMachineDeletesItsVersionsAndAliases() {
    String v1 = publishedVersion("D");
    String machine = v1.substring(0, v1.length() - 2);
    sfn.createStateMachineAlias(r -> r.name("a").routingConfiguration(route(v1, 100)));

    sfn.deleteStateMachine(r -> r.stateMachineArn(machine));

    assertThatThrownBy(() -> sfn.describeStateMachine(r -> r.stateMachineArn(v1)))
        .isInstanceOf(StateMachineDoesNotExistException.class);
    assertThatThrownBy(
            () -> sfn.describeStateMachineAlias(r -> r.stateMachineAliasArn(machine + ":a")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  private String publishedVersion(String name) {
    String arn = api.createMachine(name);
    return sfn.publishStateMachineVersion(r -> r.stateMachineArn(arn)).stateMachineVersionArn();
  }

  private static RoutingConfigurationListItem route(String versionArn, int weight) {
    return RoutingConfigurationListItem.builder()
        .stateMachineVersionArn(versionArn)
        .weight(weight)
        .build();
  }
}
