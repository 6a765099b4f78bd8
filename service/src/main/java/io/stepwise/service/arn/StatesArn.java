package io.stepwise.service.arn;

/**
 * The ARN of a Step Functions resource, in AWS's formats. {@link #toString()} gives the ARN text;
 * {@link ArnParser} reads it back.
 */
public sealed interface StatesArn
    permits StateMachineArn,
        StateMachineVersionArn,
        StateMachineAliasArn,
        ExecutionArn,
        ExpressExecutionArn,
        ActivityArn,
        MapRunArn {

  ArnScope scope();

  ArnType type();
}
