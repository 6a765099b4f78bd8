package io.stepwise.tasks.s3;

import io.stepwise.runtime.TaskRegistry;
import io.stepwise.tasks.aws.AwsCredentials;
import io.stepwise.tasks.services.ServiceEndpoints;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Registers the ItemReader and ResultWriter resources of distributed Map states over buckets. They
 * run on virtual threads, so that a slow bucket holds no thread of the runtime.
 */
public final class S3Tasks {
  public static final String GET_OBJECT = "arn:aws:states:::s3:getObject";
  public static final String LIST_OBJECTS = "arn:aws:states:::s3:listObjectsV2";
  public static final String PUT_OBJECT = "arn:aws:states:::s3:putObject";

  private static final Executor VIRTUAL_THREADS = Executors.newVirtualThreadPerTaskExecutor();

  private S3Tasks() {}

  /**
   * Registers the three resources on {@code tasks}, over {@code buckets}; returns {@code tasks}.
   */
  public static TaskRegistry register(TaskRegistry tasks, Buckets buckets) {
    return tasks
        .register(GET_OBJECT, new ItemReaderTask(buckets, false, VIRTUAL_THREADS))
        .register(LIST_OBJECTS, new ItemReaderTask(buckets, true, VIRTUAL_THREADS))
        .register(PUT_OBJECT, new ResultWriterTask(buckets, VIRTUAL_THREADS));
  }

  /**
   * The buckets a user configured: a local folder for each bucket of {@code folders}, and the
   * others at the S3 endpoint of {@code endpoints}, if it has one, signed with {@code credentials}
   * for {@code region}.
   */
  public static Buckets buckets(
      Map<String, Path> folders,
      ServiceEndpoints endpoints,
      Optional<AwsCredentials> credentials,
      String region) {
    Optional<Buckets> remote =
        endpoints.of("S3").map(uri -> new S3Buckets(uri, credentials, region, Clock.systemUTC()));
    return new LocalFolderBuckets(folders, remote);
  }
}
