/**
 * Local Lambda functions without containers.
 *
 * <p>A {@link io.stepwise.tasks.functions.FunctionConfiguration} (name, runtime, handler, code
 * directory, environment, timeout, memory size, reserved concurrency) lives in a {@link
 * io.stepwise.tasks.functions.FunctionRegistry}. {@link io.stepwise.tasks.functions.LocalFunctions}
 * invokes it: it claims a slot of the function's concurrency (TooManyRequestsException beyond it),
 * takes a warm worker process or starts one (the machine's python3 or node running a runtime client
 * shipped in this jar, or the code's own {@code bootstrap}), and hands it the event through the
 * Lambda Runtime API, which a Helidon server on 127.0.0.1 serves from the first invocation on. The
 * worker answers with {@code /response} or {@code /error}; a worker that exceeds the timeout is
 * killed (Sandbox.Timedout), one whose process exits fails its invocation (Runtime.ExitError) and
 * is replaced by the next invocation. What a worker prints is its invocation's log.
 */
package io.stepwise.tasks.functions;
