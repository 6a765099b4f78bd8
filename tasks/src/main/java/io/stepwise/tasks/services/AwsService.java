package io.stepwise.tasks.services;

/**
 * An AWS service that tasks can call with the AWS JSON protocol.
 *
 * @param sdkName the name in {@code arn:aws:states:::aws-sdk:<sdkName>:<action>}
 * @param endpointId the service's id in the SDKs' endpoint variables, {@code
 *     AWS_ENDPOINT_URL_<endpointId>}
 * @param signingName the service name in the Signature V4 credential scope
 * @param jsonVersion {@code 1.0} or {@code 1.1}, the protocol's content type version
 * @param targetPrefix the prefix of {@code X-Amz-Target}, before {@code .<Action>}
 * @param errorPrefix the prefix of a task's error, as in {@code
 *     DynamoDB.ConditionalCheckFailedException}
 * @param camelCaseMembers whether the wire's member names start in lower case (Step Functions' own
 *     API), while task parameters and results, as AWS gives them, start in upper case
 */
public record AwsService(
    String sdkName,
    String endpointId,
    String signingName,
    String jsonVersion,
    String targetPrefix,
    String errorPrefix,
    boolean camelCaseMembers) {}
