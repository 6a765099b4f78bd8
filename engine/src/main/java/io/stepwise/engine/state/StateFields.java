package io.stepwise.engine.state;

import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.Retrier;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.TaskState;
import java.util.List;

/** The fields that several state types share, read without caring which type a state is. */
public final class StateFields {
  private StateFields() {}

  /** The state's {@code Retry} field; empty for types that have none. */
  public static List<Retrier> retriers(State state) {
    return switch (state) {
      case TaskState task -> task.retry();
      case ParallelState parallel -> parallel.retry();
      case MapState map -> map.retry();
      default -> List.of();
    };
  }

  /** The state's {@code Catch} field; empty for types that have none. */
  public static List<Catcher> catchers(State state) {
    return switch (state) {
      case TaskState task -> task.catchers();
      case ParallelState parallel -> parallel.catchers();
      case MapState map -> map.catchers();
      default -> List.of();
    };
  }

  /** Whether a Map state runs its iterations as child executions of a Map Run. */
  public static boolean isDistributed(MapState map) {
    return map.processorConfig() != null
        && map.processorConfig().mode() == MapState.Mode.DISTRIBUTED;
  }

  /** Whether a distributed Map state reads its items with an ItemReader, not from its input. */
  public static boolean readsItems(MapState map) {
    return isDistributed(map) && map.itemReader() != null;
  }

  /** Whether a distributed Map state exports the results of its child executions to a bucket. */
  public static boolean writesResults(MapState map) {
    return isDistributed(map) && map.resultWriter() != null && map.resultWriter().has("Resource");
  }
}
