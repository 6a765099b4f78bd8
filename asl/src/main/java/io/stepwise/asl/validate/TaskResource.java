package io.stepwise.asl.validate;

import java.util.Map;
import java.util.Set;

/**
 * What a Task's {@code Resource} ARN names: an optimised or AWS SDK service integration (with its
 * pattern), a Lambda function, an activity, or nothing Step Functions recognises.
 *
 * @param kind the kind of resource
 * @param pattern {@code .sync}, {@code .waitForTaskToken} or empty, for integrations
 */
record TaskResource(Kind kind, String pattern) {

  enum Kind {
    INTEGRATION,
    LAMBDA_FUNCTION,
    ACTIVITY,
    UNRECOGNIZED
  }

  /** The actions of the optimised integrations, by service (AWS SDK integrations aside). */
  private static final Map<String, Set<String>> OPTIMISED =
      Map.ofEntries(
          Map.entry("lambda", Set.of("invoke")),
          Map.entry("dynamodb", Set.of("getItem", "putItem", "updateItem", "deleteItem")),
          Map.entry("sns", Set.of("publish")),
          Map.entry("sqs", Set.of("sendMessage")),
          Map.entry("states", Set.of("startExecution")),
          Map.entry("events", Set.of("putEvents")),
          Map.entry("ecs", Set.of("runTask")),
          Map.entry("batch", Set.of("submitJob")),
          Map.entry("glue", Set.of("startJobRun")),
          Map.entry("databrew", Set.of("startJobRun")),
          Map.entry("apigateway", Set.of("invoke")),
          Map.entry("http", Set.of("invoke")),
          Map.entry("mediaconvert", Set.of("createJob")),
          Map.entry("bedrock", Set.of("invokeModel", "createModelCustomizationJob")),
          Map.entry(
              "athena",
              Set.of(
                  "startQueryExecution",
                  "stopQueryExecution",
                  "getQueryExecution",
                  "getQueryResults")),
          Map.entry(
              "codebuild",
              Set.of(
                  "startBuild",
                  "stopBuild",
                  "batchDeleteBuilds",
                  "batchGetReports",
                  "startBuildBatch",
                  "stopBuildBatch",
                  "retryBuild",
                  "retryBuildBatch",
                  "deleteBuildBatch")),
          Map.entry(
              "eks",
              Set.of(
                  "createCluster",
                  "deleteCluster",
                  "createFargateProfile",
                  "deleteFargateProfile",
                  "createNodegroup",
                  "deleteNodegroup",
                  "runJob",
                  "call")),
          Map.entry(
              "elasticmapreduce",
              Set.of(
                  "createCluster",
                  "terminateCluster",
                  "addStep",
                  "cancelStep",
                  "setClusterTerminationProtection",
                  "modifyInstanceFleetByName",
                  "modifyInstanceGroupByName")),
          Map.entry(
              "emr-containers",
              Set.of("startJobRun", "createVirtualCluster", "deleteVirtualCluster")),
          Map.entry(
              "emr-serverless",
              Set.of(
                  "createApplication",
                  "startApplication",
                  "stopApplication",
                  "deleteApplication",
                  "startJobRun",
                  "cancelJobRun")),
          Map.entry(
              "sagemaker",
              Set.of(
                  "createTrainingJob",
                  "createTransformJob",
                  "createModel",
                  "createEndpointConfig",
                  "createEndpoint",
                  "updateEndpoint",
                  "createHyperParameterTuningJob",
                  "createLabelingJob",
                  "createProcessingJob")));

  private static final Set<String> PATTERNS = Set.of(".sync:2", ".sync", ".waitForTaskToken");

  /** Classifies {@code arn}. */
  static TaskResource of(String arn) {
    String[] parts = arn.split(":", 6);
    if (parts.length < 6 || !parts[0].equals("arn") || parts[2].isEmpty()) {
      return new TaskResource(Kind.UNRECOGNIZED, "");
    }
    boolean regional = !parts[3].isEmpty() && !parts[4].isEmpty();
    if (parts[2].equals("states") && !regional) {
      return integration(parts[5]);
    }
    if (!regional || parts[5].isEmpty()) {
      return new TaskResource(Kind.UNRECOGNIZED, "");
    }
    return new TaskResource(parts[2].equals("lambda") ? Kind.LAMBDA_FUNCTION : Kind.ACTIVITY, "");
  }

  /** {@code service:action[pattern]} or {@code aws-sdk:service:action[pattern]}. */
  private static TaskResource integration(String name) {
    String pattern = "";
    for (String suffix : PATTERNS) {
      if (name.endsWith(suffix)) {
        pattern = suffix.startsWith(".sync") ? ".sync" : suffix;
        name = name.substring(0, name.length() - suffix.length());
        break;
      }
    }
    String[] parts = name.split(":", -1);
    boolean known =
        parts.length == 3 && parts[0].equals("aws-sdk")
            ? !parts[1].isEmpty() && !parts[2].isEmpty()
            : parts.length == 2 && OPTIMISED.getOrDefault(parts[0], Set.of()).contains(parts[1]);
    return new TaskResource(known ? Kind.INTEGRATION : Kind.UNRECOGNIZED, pattern);
  }
}
