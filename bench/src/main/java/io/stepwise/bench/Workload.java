package io.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.engine.Engine;

/**
 * A workload ready to run: its state machine, compiled once into an engine, and its input.
 *
 * @param machine the parsed definition, for benchmarks that take one of its states apart
 */
public record Workload(WorkloadId id, StateMachine machine, Engine engine, JsonNode input) {}
