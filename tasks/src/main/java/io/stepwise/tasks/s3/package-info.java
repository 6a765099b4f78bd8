/**
 * Buckets for distributed Map states: the ItemReader ({@code s3:getObject} with JSON, JSON Lines or
 * CSV files, {@code s3:listObjectsV2}) and the ResultWriter ({@code s3:putObject}), over a local
 * folder per bucket, so that no S3 is needed.
 */
package io.stepwise.tasks.s3;
