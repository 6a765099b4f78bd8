/**
 * The Lambda task invokers of Step Functions over local functions: the legacy resource (a function
 * ARN, whose return value is the task's result) and {@code arn:aws:states:::lambda:invoke} (whose
 * result is Lambda's response envelope), with errors named as Step Functions names them.
 */
package io.stepwise.tasks.lambda;
