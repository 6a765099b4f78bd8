package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.store.memory.InMemoryStore;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.CreateActivityResponse;
import software.amazon.awssdk.services.sfn.model.DescribeActivityResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TooManyTagsException;

/** Activities and tags through the AWS SDK. */
class ActivityAndTagApiTest {

  private static final String ACTIVITY_PREFIX = "arn:aws:states:eu-west-1:123456789012:activity:";

  private final ResourceApi api = new ResourceApi(new InMemoryStore());
  private final SfnClient sfn = api.sfn;

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void createsActivitiesIdempotentlyAndDescribesThem() {
    CreateActivityResponse created = sfn.createActivity(r -> r.name("work.v1"));
    CreateActivityResponse again = sfn.createActivity(r -> r.name("work.v1"));

    DescribeActivityResponse described =
        sfn.describeActivity(r -> r.activityArn(created.activityArn()));
    assertThat(created.activityArn()).isEqualTo(ACTIVITY_PREFIX + "work.v1");
    assertThat(again.activityArn()).isEqualTo(created.activityArn());
    assertThat(again.creationDate()).isEqualTo(created.creationDate());
    assertThat(described.name()).isEqualTo("work.v1");
    assertThat(described.creationDate()).isEqualTo(created.creationDate());
    assertThat(described.encryptionConfiguration().typeAsString()).isEqualTo("AWS_OWNED_KEY");
  }

  @Test
  void listsAndDeletesActivities() {
    sfn.createActivity(r -> r.name("a1"));
    sfn.createActivity(r -> r.name("a2"));

    var first = sfn.listActivities(r -> r.maxResults(1));
    var rest = sfn.listActivities(r -> r.nextToken(first.nextToken()));
    sfn.deleteActivity(r -> r.activityArn(ACTIVITY_PREFIX + "a1"));
    sfn.deleteActivity(r -> r.activityArn(ACTIVITY_PREFIX + "a1"));

    assertThat(first.activities()).extracting(a -> a.name()).containsExactly("a1");
    assertThat(rest.activities()).extracting(a -> a.name()).containsExactly("a2");
    assertThat(sfn.listActivities(r -> {}).activities())
        .extracting(a -> a.name())
        .containsExactly("a2");
    assertThatThrownBy(() -> sfn.describeActivity(r -> r.activityArn(ACTIVITY_PREFIX + "a1")))
        .isInstanceOf(ActivityDoesNotExistException.class)
        .hasMessageStartingWith("Activity Does Not Exist: '" + ACTIVITY_PREFIX + "a1'");
  }

  @Test
  void refusesInvalidActivityNamesAndArns() {
    assertThatThrownBy(() -> sfn.createActivity(r -> r.name("activity~name")))
        .isInstanceOf(InvalidNameException.class)
        .hasMessageStartingWith("Invalid Name: 'activity~name'");
    assertThatThrownBy(() -> sfn.describeActivity(r -> r.activityArn("no_an_activity_arn")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith("Invalid Arn: 'Invalid ARN prefix: no_an_activity_arn'");
  }

  @Test
  void tagsUntagsAndListsTagsOfMachinesAndActivities() {
    String machine = api.createMachine("Tagged");
    String activity = sfn.createActivity(r -> r.name("act").tags(tag("team", "a"))).activityArn();

    sfn.tagResource(r -> r.resourceArn(machine).tags(tag("key1", "value1"), tag("key2", "value2")));
    sfn.untagResource(r -> r.resourceArn(machine).tagKeys("key2", "unknown"));

    assertThat(sfn.listTagsForResource(r -> r.resourceArn(machine)).tags())
        .containsExactly(tag("key1", "value1"));
    assertThat(sfn.listTagsForResource(r -> r.resourceArn(activity)).tags())
        .containsExactly(tag("team", "a"));
  }

  @Test
  void keepsTagsOfMachinesCreatedWithThem() {
    String machine =
        sfn.createStateMachine(
                r ->
                    r.name("T")
                        .definition(ResourceApi.PASS)
                        .roleArn(ResourceApi.ROLE)
                        .tags(tag("k", "")))
            .stateMachineArn();

    assertThat(sfn.listTagsForResource(r -> r.resourceArn(machine)).tags())
        .containsExactly(tag("k", ""));
  }

  @Test
  void refusesMoreThanFiftyTagsAndUnknownResources() {
    String machine = api.createMachine("Many");
    List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList();
    sfn.tagResource(r -> r.resourceArn(machine).tags(fifty));

    assertThatThrownBy(
            () -> sfn.tagResource(r -> r.resourceArn(machine).tags(tag("one-more", "v"))))
        .isInstanceOf(TooManyTagsException.class);
    sfn.tagResource(r -> r.resourceArn(machine).tags(tag("k0", "replaced")));
    String version = machine + ":1";
    assertThatThrownBy(() -> sfn.tagResource(r -> r.resourceArn(version).tags(tag("a", "b"))))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Resource not found: '" + version + "'");
    assertThatThrownBy(() -> sfn.listTagsForResource(r -> r.resourceArn(machine + "-none")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }
}
