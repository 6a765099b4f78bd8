/**
 * The durable runtime: many executions at once, each step committed before its effects.
 *
 * <p>Every running execution is an {@link io.stepwise.runtime.durable.ExecutionActor} with a
 * mailbox; one worker (a virtual thread) at a time drains a batch of its commands. A batch is one
 * step: the engine decides each command, states without external effects (Pass, Choice, a Wait
 * already due) run on inside the step, and one {@link io.stepwise.store.StepCommit} stores the
 * step's events, the execution's row, the timers it sets and deletes, and the tasks it schedules
 * (as pending tasks) and settles. The store group-commits the steps of many executions; once a
 * step's commit is durable its effects are performed: tasks go to their invokers, timers to the
 * {@link io.stepwise.runtime.durable.TimerScheduler}, one thread that sleeps until the earliest is
 * due.
 *
 * <p>After a crash, {@link io.stepwise.runtime.durable.DurableRuntime#open} replays the history of
 * every RUNNING execution, re-arms its stored timers (overdue ones fire at once) and dispatches its
 * pending tasks again: no state is entered twice, and a task whose result was not committed runs
 * again (at least once, as on AWS). Express executions run the same way without the store.
 *
 * <p>A task that submits a job ({@code .sync}, such as a child execution) stays pending while the
 * job runs; no thread waits for it. Its result comes as a command when the job ends, and a task
 * that stops waiting first (its execution stopped, or it timed out) has its job cancelled.
 */
package io.stepwise.runtime.durable;
