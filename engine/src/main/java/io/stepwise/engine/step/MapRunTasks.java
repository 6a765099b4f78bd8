package io.stepwise.engine.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.dataflow.DataFlow;
import io.stepwise.dataflow.DataFlowException;
import io.stepwise.dataflow.jsonata.StatesBinding;
import io.stepwise.engine.CompiledMachine.MapRunResource;
import io.stepwise.engine.Effect;
import io.stepwise.engine.state.ContextObject;
import io.stepwise.engine.state.Frame;
import io.stepwise.engine.state.Phase;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tasks that a distributed Map asks the runtime to perform on a bucket, as {@link
 * Effect.InvokeTask} under the Map thread's token: reading its items with the ItemReader's Resource
 * and writing its results with the ResultWriter's. Their parameters are the evaluated {@code
 * Parameters} or {@code Arguments}, with the evaluated {@code ReaderConfig} as the member {@code
 * ReaderConfig}; a writer's also carry {@code MapRunArn}, the {@code WriterConfig} and {@code
 * Executions}, one object per child execution ({@code Index}, {@code Status}, {@code Input}, and
 * {@code Output} or {@code Error} and {@code Cause}).
 */
final class MapRunTasks {
  private final Stepper stepper;

  MapRunTasks(Stepper stepper) {
    this.stepper = stepper;
  }

  /** Asks for the items of {@code map}; they come back as the output of the token's task. */
  void readItems(Frame frame, MapState map, ContextObject context) throws DataFlowException {
    MapRunResource reader = stepper.machine.itemReader(map);
    ObjectNode parameters = parameters(reader, map, frame.effectiveInput, context);
    if (reader.config() != null) {
      parameters.set(
          "ReaderConfig", evaluate(reader.config(), "ReaderConfig", map, frame, context));
    }
    stepper.out.effect(
        new Effect.InvokeTask(frame.token(), reader.resource(), parameters, context));
  }

  /** Asks for the results of the child executions of {@code map} to be written. */
  void writeResults(Frame frame, MapState map, String mapRunArn) throws DataFlowException {
    ContextObject context = ContextObject.of(stepper.state(), frame);
    MapRunResource writer = stepper.machine.resultWriter(map);
    ObjectNode parameters = parameters(writer, map, frame.effectiveInput, context);
    if (writer.config() != null) {
      parameters.set(
          "WriterConfig", evaluate(writer.config(), "WriterConfig", map, frame, context));
    }
    parameters.put("MapRunArn", mapRunArn);
    parameters.set("Executions", executions(frame));
    stepper.out.effect(
        new Effect.InvokeTask(frame.token(), writer.resource(), parameters, context));
  }

  private static ObjectNode parameters(
      MapRunResource resource, MapState map, JsonNode input, ContextObject context)
      throws DataFlowException {
    if (resource.parameters() == null) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode value = QueryFields.arguments(resource.parameters(), map, input, context);
    return value.isObject()
        ? ((ObjectNode) value).deepCopy()
        : JsonNodeFactory.instance.objectNode();
  }

  private static JsonNode evaluate(
      PayloadTemplate config, String field, MapState map, Frame frame, ContextObject context)
      throws DataFlowException {
    return QueryFields.isJsonata(map)
        ? DataFlow.evaluate(config, field, StatesBinding.ofInput(frame.effectiveInput), context)
        : DataFlow.evaluate(config, frame.effectiveInput, context);
  }

  /**
   * What each child execution of the Map Run ended with, in the order of their items: for an item
   * that a redrive ran again, its latest child execution.
   */
  private ArrayNode executions(Frame frame) {
    Map<Integer, Frame> latest = new TreeMap<>();
    for (Frame child : stepper.state().frames()) {
      if (child.parentId() == frame.id()) {
        latest.put(child.slot(), child);
      }
    }
    ArrayNode executions = JsonNodeFactory.instance.arrayNode();
    for (Frame child : latest.values()) {
      ObjectNode execution = executions.addObject();
      execution.put("Index", child.slot());
      execution.set("Input", child.startInput);
      if (child.phase() == Phase.SUCCEEDED) {
        execution.put("Status", "SUCCEEDED");
        execution.set("Output", child.output());
      } else {
        execution.put("Status", "FAILED");
        execution.put("Error", child.failure() == null ? null : child.failure().error());
        execution.put("Cause", child.failure() == null ? null : child.failure().cause());
      }
    }
    return executions;
  }
}
