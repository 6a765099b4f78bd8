/**
 * Tasks that call other AWS services: the optimized integrations of SQS, SNS, DynamoDB and
 * EventBridge, and {@code aws-sdk:<service>:<action>} tasks of the JSON-protocol services, sent
 * signed with Signature V4 to the endpoint the user configures for each service.
 */
package io.stepwise.tasks.services;
