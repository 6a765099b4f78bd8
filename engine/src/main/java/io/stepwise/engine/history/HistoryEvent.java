package io.stepwise.engine.history;

/**
 * One event of an execution's history, numbered as AWS numbers them.
 *
 * @param id the event's number, from 1
 * @param previousEventId the event this one follows in its own thread of control (0 for none)
 * @param timestamp when the event happened, in epoch milliseconds
 * @param thread the engine's number of the thread of control the event belongs to: 0 for the
 *     execution itself, another number for a Parallel branch, a Map iteration or a child execution
 *     of a distributed Map (whose events are numbered in the child's own history).
 *     MapIterationStarted carries the Map state's thread, and the ExecutionStarted of a child
 *     execution the number its thread will get. AWS does not show it; the engine needs it to fold
 *     the events of concurrent threads back into state.
 */
public record HistoryEvent(
    long id,
    long previousEventId,
    long timestamp,
    HistoryEventType type,
    EventDetails details,
    int thread) {}
