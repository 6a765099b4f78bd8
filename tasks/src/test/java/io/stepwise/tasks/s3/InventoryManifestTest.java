package io.stepwise.tasks.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.runtime.TaskRegistry;
import io.stepwise.runtime.TaskResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ItemReader over an S3 Inventory whose manifest and files are in local-folder buckets. */
class InventoryManifestTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path source;
  @TempDir Path inventory;

  private static byte[] gzip(String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private TaskResult read(String readerConfig) throws Exception {
    return S3Tasks.register(
            new TaskRegistry(),
            new LocalFolderBuckets(
                Map.of("source", source, "inventory", inventory), Optional.empty()))
        .invoker(S3Tasks.GET_OBJECT)
        .invoke(
            JSON.readTree(
                ("{'Bucket':'inventory','Key':'inv/manifest.json','ReaderConfig':"
                        + readerConfig
                        + "}")
                    .replace('\'', '"')),
            null)
        .toCompletableFuture()
        .join();
  }

  @Test
  void eachRowOfEachListedFileIsAnItemNamedByTheSchema() throws Exception {
    Files.createDirectories(inventory.resolve("inv/data"));
    Files.writeString(
        inventory.resolve("inv/manifest.json"),
        """
        {"sourceBucket":"source","destinationBucket":"arn:aws:s3:::inventory",
         "fileFormat":"CSV","fileSchema":"Bucket, Key, Size",
         "files":[{"key":"inv/data/1.csv.gz"},{"key":"inv/data/2.csv.gz"}]}""");
    Files.write(
        inventory.resolve("inv/data/1.csv.gz"),
        gzip("\"source\",\"a.json\",\"10\"\n\"source\",\"b.json\",\"20\"\n"));
    Files.write(inventory.resolve("inv/data/2.csv.gz"), gzip("\"source\",\"c.json\",\"30\"\n"));

    JsonNode items = ((TaskResult.Success) read("{'InputType':'MANIFEST'}")).output();
    JsonNode limited =
        ((TaskResult.Success) read("{'InputType':'MANIFEST','MaxItems':2}")).output();

    assertThat(items)
        .isEqualTo(
            JSON.readTree(
                ("[{'Bucket':'source','Key':'a.json','Size':'10'},"
                        + "{'Bucket':'source','Key':'b.json','Size':'20'},"
                        + "{'Bucket':'source','Key':'c.json','Size':'30'}]")
                    .replace('\'', '"')));
    assertThat(limited).hasSize(2);
  }

  @Test
  void anInventoryThatIsNotCsvIsRefused() throws Exception {
    Files.createDirectories(inventory.resolve("inv"));
    Files.writeString(
        inventory.resolve("inv/manifest.json"),
        "{\"destinationBucket\":\"arn:aws:s3:::inventory\",\"fileFormat\":\"ORC\",\"files\":[]}");

    assertThat(read("{'InputType':'MANIFEST'}"))
        .isEqualTo(
            TaskResult.failure(
                "States.ItemReaderFailed",
                "Only CSV inventories can be read, but the manifest's fileFormat is \"ORC\""));
  }
}
