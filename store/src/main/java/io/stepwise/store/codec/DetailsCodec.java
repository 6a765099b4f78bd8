package io.stepwise.store.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.MapRunSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes and reads the details record of an event. Each record type has a fixed tag; a new record
 * type gets the next tag, and the tags of existing ones never change, since they are on disk.
 */
final class DetailsCodec {
  /** The settings of a Map Run stored before events carried them. */
  private static final MapRunSettings UNKNOWN_SETTINGS = new MapRunSettings(0, -1, -1);

  private DetailsCodec() {}

  static void write(ByteSink sink, EventDetails details) {
    switch (details) {
      case EventDetails.None d -> sink.writeByte(0);
      case EventDetails.ExecutionStarted d -> {
        sink.writeByte(1);
        sink.writeJson(d.input());
        sink.writeString(d.roleArn());
      }
      case EventDetails.ChildExecutionStarted d -> writeChildStarted(sink, d);
      case EventDetails.ExecutionSucceeded d -> {
        sink.writeByte(3);
        sink.writeJson(d.output());
      }
      case EventDetails.ErrorDetails d -> writeStrings(sink, 4, d.error(), d.cause());
      case EventDetails.StateEntered d -> {
        sink.writeByte(5);
        sink.writeString(d.name());
        sink.writeJson(d.input());
      }
      case EventDetails.StateExited d -> writeStateExited(sink, d);
      case EventDetails.MapStateStarted d -> {
        sink.writeByte(7);
        sink.writeLong(d.length());
      }
      case EventDetails.MapIteration d -> writeMapIteration(sink, d);
      case EventDetails.StateFailed d -> {
        sink.writeByte(9);
        sink.writeFailure(d.failure());
      }
      case EventDetails.TaskScheduled d -> writeTaskScheduled(sink, d);
      case EventDetails.TaskStarted d -> writeStrings(sink, 11, d.resourceType(), d.resource());
      case EventDetails.TaskSucceeded d -> writeTaskSucceeded(sink, d);
      case EventDetails.TaskFailed d ->
          writeStrings(sink, 13, d.resourceType(), d.resource(), d.error(), d.cause());
      case EventDetails.MapRunStarted d -> writeMapRunStarted(sink, d);
      case EventDetails.MapRunSucceeded d -> {
        sink.writeByte(21);
        writeSettings(sink, d.settings());
      }
      case EventDetails.MapRunRedriven d -> {
        writeStrings(sink, 23, d.mapRunArn());
        sink.writeLong(d.redriveCount());
      }
      case EventDetails.MapRunUpdated d -> {
        sink.writeByte(22);
        writeSettings(sink, d.settings());
      }
      case EventDetails.MapRunFailed d -> {
        writeStrings(sink, 20, d.error(), d.cause());
        writeSettings(sink, d.settings());
        sink.writeLong(d.succeeded());
        sink.writeLong(d.failed());
        sink.writeLong(d.aborted());
      }
      case EventDetails.EvaluationFailed d ->
          writeStrings(sink, 15, d.error(), d.cause(), d.location(), d.state());
      case EventDetails.TaskSubmitted d -> {
        writeStrings(sink, 16, d.resourceType(), d.resource());
        sink.writeJson(d.output());
      }
      case EventDetails.ActivityStarted d -> writeStrings(sink, 17, d.workerName());
      case EventDetails.ExecutionRedriven d -> {
        sink.writeByte(18);
        sink.writeLong(d.redriveCount());
        sink.writeString(d.clientToken());
      }
    }
  }

  static EventDetails read(ByteSource in) {
    int tag = in.readByte();
    return switch (tag) {
      case 0 -> EventDetails.None.INSTANCE;
      case 1 -> new EventDetails.ExecutionStarted(in.readJson(), in.readString());
      case 2 ->
          new EventDetails.ChildExecutionStarted(
              in.readJson(), in.readString(), in.readInt(), in.readInt());
      case 3 -> new EventDetails.ExecutionSucceeded(in.readJson());
      case 4 -> new EventDetails.ErrorDetails(in.readString(), in.readString());
      case 5 -> new EventDetails.StateEntered(in.readString(), in.readJson());
      case 6 -> readStateExited(in);
      case 7 -> new EventDetails.MapStateStarted(in.readInt());
      case 8 -> new EventDetails.MapIteration(in.readString(), in.readInt(), in.readFailure());
      case 9 -> new EventDetails.StateFailed(in.readFailure());
      case 10 -> readTaskScheduled(in);
      case 11 -> new EventDetails.TaskStarted(in.readString(), in.readString());
      case 12 -> new EventDetails.TaskSucceeded(in.readString(), in.readString(), in.readJson());
      case 13 ->
          new EventDetails.TaskFailed(
              in.readString(), in.readString(), in.readString(), in.readString());
      case 14 -> new EventDetails.MapRunStarted(in.readString(), UNKNOWN_SETTINGS, 0, null);
      case 15 ->
          new EventDetails.EvaluationFailed(
              in.readString(), in.readString(), in.readString(), in.readString());
      case 16 -> new EventDetails.TaskSubmitted(in.readString(), in.readString(), in.readJson());
      case 17 -> new EventDetails.ActivityStarted(in.readString());
      case 18 -> new EventDetails.ExecutionRedriven(in.readInt(), in.readString());
      case 19 ->
          new EventDetails.MapRunStarted(
              in.readString(), readSettings(in), in.readInt(), in.readJson());
      case 20 ->
          new EventDetails.MapRunFailed(
              in.readString(),
              in.readString(),
              readSettings(in),
              in.readInt(),
              in.readInt(),
              in.readInt());
      case 21 -> new EventDetails.MapRunSucceeded(readSettings(in));
      case 22 -> new EventDetails.MapRunUpdated(readSettings(in));
      case 23 -> new EventDetails.MapRunRedriven(in.readString(), in.readInt());
      default -> throw new IllegalStateException("Expected a stored details tag, but found " + tag);
    };
  }

  private static void writeStrings(ByteSink sink, int tag, String... values) {
    sink.writeByte(tag);
    for (String value : values) {
      sink.writeString(value);
    }
  }

  /**
   * Tag 19, with the settings, the number of child executions and the items an ItemReader read;
   * stores written before them hold tag 14, the ARN alone.
   */
  private static void writeMapRunStarted(ByteSink sink, EventDetails.MapRunStarted d) {
    writeStrings(sink, 19, d.mapRunArn());
    writeSettings(sink, d.settings());
    sink.writeLong(d.executions());
    sink.writeJson(d.items());
  }

  private static void writeSettings(ByteSink sink, MapRunSettings settings) {
    sink.writeLong(settings.maxConcurrency());
    sink.writeLong(settings.toleratedFailureCount());
    sink.writeLong(Double.doubleToLongBits(settings.toleratedFailurePercentage()));
  }

  private static MapRunSettings readSettings(ByteSource in) {
    return new MapRunSettings(in.readInt(), in.readLong(), Double.longBitsToDouble(in.readLong()));
  }

  private static void writeChildStarted(ByteSink sink, EventDetails.ChildExecutionStarted d) {
    sink.writeByte(2);
    sink.writeJson(d.input());
    sink.writeString(d.roleArn());
    sink.writeLong(d.mapThread());
    sink.writeLong(d.index());
  }

  /** Name, output, next state, then the assigned variables: their count (-1 for none), pairs. */
  private static void writeStateExited(ByteSink sink, EventDetails.StateExited d) {
    sink.writeByte(6);
    sink.writeString(d.name());
    sink.writeJson(d.output());
    sink.writeString(d.next());
    Map<String, JsonNode> variables = d.assignedVariables();
    sink.writeLong(variables == null ? -1 : variables.size());
    if (variables != null) {
      variables.forEach(
          (name, value) -> {
            sink.writeString(name);
            sink.writeJson(value);
          });
    }
  }

  private static EventDetails.StateExited readStateExited(ByteSource in) {
    String name = in.readString();
    JsonNode output = in.readJson();
    String next = in.readString();
    long count = in.readLong();
    if (count < 0) {
      return new EventDetails.StateExited(name, output, next);
    }
    // Assignment order is kept: the history shows the variables in the order they were assigned.
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    for (long i = 0; i < count; i++) {
      variables.put(in.readString(), in.readJson());
    }
    return new EventDetails.StateExited(name, output, next, variables);
  }

  private static void writeMapIteration(ByteSink sink, EventDetails.MapIteration d) {
    sink.writeByte(8);
    sink.writeString(d.name());
    sink.writeLong(d.index());
    sink.writeFailure(d.failure());
  }

  private static void writeTaskScheduled(ByteSink sink, EventDetails.TaskScheduled d) {
    writeStrings(sink, 10, d.resourceType(), d.resource(), d.region());
    sink.writeJson(d.parameters());
    sink.writeBoxedLong(d.timeoutInSeconds());
    sink.writeBoxedLong(d.heartbeatInSeconds());
  }

  private static EventDetails readTaskScheduled(ByteSource in) {
    return new EventDetails.TaskScheduled(
        in.readString(),
        in.readString(),
        in.readString(),
        in.readJson(),
        in.readBoxedLong(),
        in.readBoxedLong());
  }

  private static void writeTaskSucceeded(ByteSink sink, EventDetails.TaskSucceeded d) {
    writeStrings(sink, 12, d.resourceType(), d.resource());
    sink.writeJson(d.output());
  }
}
