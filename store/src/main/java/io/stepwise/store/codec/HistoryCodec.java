package io.stepwise.store.codec;

import io.stepwise.engine.history.EventDetails;
import io.stepwise.engine.history.HistoryEvent;
import io.stepwise.engine.history.HistoryEventType;
import java.util.HashMap;
import java.util.Map;

/**
 * The stored form of a history event: a compact binary record written on every transition.
 *
 * <p>Layout: a format byte, the event's id, previous id, timestamp and thread as zig-zag varints,
 * the event type by its AWS name (names are stable across releases, enum ordinals are not), then a
 * tag for the details record and its fields in declaration order. JSON values are kept as their
 * text, so a decoded event renders exactly as the stored one did.
 */
public final class HistoryCodec {
  private static final int FORMAT = 1;
  private static final Map<String, HistoryEventType> TYPES = typesByName();

  private HistoryCodec() {}

  public static byte[] encode(HistoryEvent event) {
    ByteSink sink = new ByteSink(64);
    sink.writeByte(FORMAT);
    sink.writeLong(event.id());
    sink.writeLong(event.previousEventId());
    sink.writeLong(event.timestamp());
    sink.writeLong(event.thread());
    sink.writeString(event.type().awsName());
    DetailsCodec.write(sink, event.details());
    return sink.toByteArray();
  }

  public static HistoryEvent decode(byte[] bytes) {
    ByteSource source = new ByteSource(bytes);
    int format = source.readByte();
    if (format != FORMAT) {
      throw new IllegalStateException(
          "Expected stored event format " + FORMAT + ", but found " + format);
    }
    long id = source.readLong();
    long previousEventId = source.readLong();
    long timestamp = source.readLong();
    int thread = source.readInt();
    HistoryEventType type = TYPES.get(source.readString());
    EventDetails details = DetailsCodec.read(source);
    return new HistoryEvent(id, previousEventId, timestamp, type, details, thread);
  }

  private static Map<String, HistoryEventType> typesByName() {
    Map<String, HistoryEventType> types = new HashMap<>();
    for (HistoryEventType type : HistoryEventType.values()) {
      types.put(type.awsName(), type);
    }
    return Map.copyOf(types);
  }
}
