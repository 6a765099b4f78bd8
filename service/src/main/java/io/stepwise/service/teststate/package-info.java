/**
 * TestState: one state of a definition run on its own, through the engine, with an optional mock of
 * its task and AWS's inspection of its data flow.
 */
package io.stepwise.service.teststate;
