package io.stepwise.tasks.s3;

import io.stepwise.runtime.TaskRegistry;

/** Registers the ItemReader and ResultWriter resources of distributed Map states over buckets. */
public final class S3Tasks {
  public static final String GET_OBJECT = "arn:aws:states:::s3:getObject";
  public static final String LIST_OBJECTS = "arn:aws:states:::s3:listObjectsV2";
  public static final String PUT_OBJECT = "arn:aws:states:::s3:putObject";

  private S3Tasks() {}

  /**
   * Registers the three resources on {@code tasks}, over {@code buckets}; returns {@code tasks}.
   */
  public static TaskRegistry register(TaskRegistry tasks, Buckets buckets) {
    return tasks
        .register(GET_OBJECT, new ItemReaderTask(buckets, false))
        .register(LIST_OBJECTS, new ItemReaderTask(buckets, true))
        .register(PUT_OBJECT, new ResultWriterTask(buckets));
  }
}
