package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.Definitions.check;
import static io.stepwise.asl.validate.Definitions.jsonata;
import static io.stepwise.asl.validate.Definitions.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stepwise.asl.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskRulesTest {

  private static List<Diagnostic> task(String resource, MachineType type) {
    return check(single("{'Type':'Task','Resource':'" + resource + "','End':true}"), type);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:states:::lambda:invoke",
        "arn:aws:states:::dynamodb:putItem",
        "arn:aws:states:::states:startExecution.sync:2",
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "arn:aws:states:::aws-sdk:s3:listBuckets",
        "arn:aws:lambda:us-east-1:111111111111:function:hello",
        "arn:aws:states:us-east-1:111111111111:activity:work"
      })
  void knownResourcesAreAcceptedInStandardMachines(String resource) {
    assertThat(task(resource, MachineType.STANDARD)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hello",
        "arn:aws:states:::dynamodb:query",
        "arn:aws:states:::nothing:here",
        "arn:aws"
      })
  void unknownResourcesAreRejected(String resource) {
    assertThat(task(resource, MachineType.STANDARD))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple(
                "/States/S/Resource",
                "The resource provided "
                    + resource
                    + " is not recognized. The value is not a"
                    + " valid resource ARN, or the resource is not available in this region."));
  }

  @Test
  void expressMachinesRejectActivitiesAndCallbacks() {
    assertThat(task("arn:aws:states:us-east-1:111111111111:activity:work", MachineType.EXPRESS))
        .extracting(Diagnostic::message)
        .containsExactly("Express state machine does not support Activity ARN");
    assertThat(task("arn:aws:states:::states:startExecution.sync", MachineType.EXPRESS))
        .extracting(Diagnostic::message)
        .containsExactly("Express state machine does not support '.sync' service integration");
    assertThat(task("arn:aws:states:::sns:publish.waitForTaskToken", MachineType.EXPRESS))
        .extracting(Diagnostic::message)
        .containsExactly(
            "Express state machine does not support '.waitForTaskToken' service integration ");
    assertThat(task("arn:aws:states:::lambda:invoke", MachineType.EXPRESS)).isEmpty();
  }

  @Test
  void credentialsMustNameARole() {
    String task =
        "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Credentials':%s,'End':true}";
    assertThat(check(jsonata(task.formatted("{'Other':'x'}"))))
        .extracting(Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple("/States/S/Credentials", "The field 'RoleArn' is required but was missing"));
    assertThat(check(jsonata(task.formatted("{'RoleArn':'{% $role %}'}")))).isEmpty();
    assertThat(check(single(task.formatted("{'RoleArn.$':'$.role'}")))).isEmpty();
  }
}
