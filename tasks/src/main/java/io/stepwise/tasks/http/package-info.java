/**
 * The HTTP task, {@code arn:aws:states:::http:invoke}: calls an HTTPS (or, locally, HTTP) API with
 * the authorization of a connection configured in Stepwise, to the hosts the operator allows.
 */
package io.stepwise.tasks.http;
