package io.stepwise.tasks.s3;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.runtime.TaskInvoker;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import io.stepwise.tasks.aws.AwsCredentials;
import io.stepwise.tasks.services.ServiceEndpoints;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Registers the ItemReader and ResultWriter resources of distributed Map states over buckets. They
 * run on virtual threads, so that a slow bucket holds no thread of the runtime.
 */
public final class S3Tasks {
  public static final String GET_OBJECT = "arn:aws:states:::s3:getObject";
  public static final String LIST_OBJECTS = "arn:aws:states:::s3:listObjectsV2";
  public static final String PUT_OBJECT = "arn:aws:states:::s3:putObject";
  private static final String SDK = "arn:aws:states:::aws-sdk:s3:";

  private static final ExecutorService VIRTUAL_THREADS =
      Executors.newVirtualThreadPerTaskExecutor();

  private S3Tasks() {}

  /**
   * Registers the ItemReader and ResultWriter resources and the {@code aws-sdk:s3} tasks of the
   * same operations on {@code tasks}, over {@code buckets}; returns {@code tasks}.
   */
  public static TaskRegistry register(TaskRegistry tasks, Buckets buckets) {
    S3SdkTasks sdk = new S3SdkTasks(buckets);
    return tasks
        .register(GET_OBJECT, async(new ItemReaderTask(buckets, false)::read))
        .register(LIST_OBJECTS, async(new ItemReaderTask(buckets, true)::read))
        .register(PUT_OBJECT, async(new ResultWriterTask(buckets)::write))
        .register(SDK + "getObject", async(sdk::getObject))
        .register(SDK + "putObject", async(sdk::putObject))
        .register(SDK + "listObjectsV2", async(sdk::listObjectsV2));
  }

  private static TaskInvoker async(Function<JsonNode, TaskResult> call) {
    return (parameters, context) ->
        CompletableFuture.supplyAsync(() -> call.apply(parameters), VIRTUAL_THREADS);
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
