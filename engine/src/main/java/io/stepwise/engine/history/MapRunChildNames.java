package io.stepwise.engine.history;

/**
 * The names and ARNs of a Map Run's child executions. AWS names a child execution {@code
 * arn:...:execution:<machine>/<label>:<id>}; Stepwise runs its children inside their parent
 * execution, so it gives each one an id made of its Map Run's id (the last part of the Map Run's
 * ARN) and its item's index, {@code <run id>_<index>}, the same whenever it is asked for.
 */
public final class MapRunChildNames {
  private static final String MAP_RUN = ":mapRun:";
  private static final String EXECUTION = ":execution:";

  private MapRunChildNames() {}

  /** The name of the child execution of {@code mapRunArn} that runs the item {@code index}. */
  public static String name(String mapRunArn, int index) {
    return mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "_" + index;
  }

  /** The ARN of the child execution of {@code mapRunArn} that runs the item {@code index}. */
  public static String executionArn(String mapRunArn, int index) {
    String executions = mapRunArn.replace(MAP_RUN, EXECUTION);
    return executions.substring(0, executions.lastIndexOf(':') + 1) + name(mapRunArn, index);
  }

  /**
   * The Map Run ARN and index of the child execution {@code executionArn}, or {@code null} when
   * that ARN does not name one: a child's machine part holds a slash, and its name ends with {@code
   * _<index>}.
   */
  public static Child child(String executionArn) {
    int execution = executionArn.indexOf(EXECUTION);
    int name = executionArn.lastIndexOf(':') + 1;
    int underscore = executionArn.lastIndexOf('_');
    if (execution < 0
        || executionArn.indexOf('/', execution) < 0
        || underscore < name
        || underscore == executionArn.length() - 1
        || !executionArn.substring(underscore + 1).chars().allMatch(Character::isDigit)) {
      return null;
    }
    String mapRunArn =
        executionArn.substring(0, execution)
            + MAP_RUN
            + executionArn.substring(execution + EXECUTION.length(), underscore);
    try {
      return new Child(mapRunArn, Integer.parseInt(executionArn.substring(underscore + 1)));
    } catch (NumberFormatException tooLong) {
      return null;
    }
  }

  /** A child execution: its Map Run and the index of its item. */
  public record Child(String mapRunArn, int index) {}
}
