package io.stepwise.tasks.services;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The JSON-protocol services that tasks can call, with their protocol facts from AWS's service
 * models. Services of other protocols (S3's REST-XML, SNS's query protocol) are called by their own
 * integrations, or not at all.
 */
public final class AwsServices {
  public static final AwsService DYNAMODB =
      new AwsService(
          "dynamodb", "DYNAMODB", "dynamodb", "1.0", "DynamoDB_20120810", "DynamoDB", false);
  public static final AwsService SQS =
      new AwsService("sqs", "SQS", "sqs", "1.0", "AmazonSQS", "SQS", false);
  public static final AwsService EVENTBRIDGE =
      new AwsService(
          "eventbridge", "EVENTBRIDGE", "events", "1.1", "AWSEvents", "EventBridge", false);
  public static final AwsService SFN =
      new AwsService("sfn", "SFN", "states", "1.0", "AWSStepFunctions", "Sfn", true);

  private static final List<AwsService> ALL =
      List.of(
          DYNAMODB,
          SQS,
          EVENTBRIDGE,
          SFN,
          new AwsService("kms", "KMS", "kms", "1.1", "TrentService", "Kms", false),
          new AwsService(
              "secretsmanager",
              "SECRETS_MANAGER",
              "secretsmanager",
              "1.1",
              "secretsmanager",
              "SecretsManager",
              false),
          new AwsService("ssm", "SSM", "ssm", "1.1", "AmazonSSM", "Ssm", false),
          new AwsService(
              "cloudwatchlogs",
              "CLOUDWATCH_LOGS",
              "logs",
              "1.1",
              "Logs_20140328",
              "CloudWatchLogs",
              false));

  private static final Map<String, AwsService> BY_SDK_NAME =
      ALL.stream().collect(Collectors.toMap(AwsService::sdkName, Function.identity()));

  private AwsServices() {}

  public static Optional<AwsService> bySdkName(String name) {
    return Optional.ofNullable(BY_SDK_NAME.get(name));
  }

  /** The {@code aws-sdk} names of every service here, for error messages. */
  static String names() {
    return String.join(", ", BY_SDK_NAME.keySet().stream().sorted().toList());
  }
}
