/**
 * Mocked task responses in the format of AWS's local runner (a {@code MockConfigFile.json}): test
 * cases of state machines, each mapping Task states to mocked responses by invocation index.
 */
package io.stepwise.runtime.mocks;
