package io.stepwise.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Access to the executions AWS recorded in {@code shared/conformance/aws-recorded}. */
public final class RecordedCorpus {
  /** The prefix the engine puts before a data-flow cause; the data flow itself does not know it. */
  public static final Pattern STATE_PREFIX =
      Pattern.compile(
          "An error occurred while executing the state '[^']+' \\(entered at the event"
              + " id #\\d+\\)\\. ");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordedCorpus() {}

  /** The recorded cases whose file names pass {@code nameFilter}, sorted by name. */
  public static List<Path> cases(Predicate<String> nameFilter) throws IOException {
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(f -> nameFilter.test(f.getFileName().toString())).sorted().toList();
    }
  }

  /** The corpus in {@code shared/}, which lies beside the checkout or in one of its ancestors. */
  private static Path directory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/conformance/aws-recorded");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("Expected shared/conformance/aws-recorded in an ancestor");
  }

  /** A context object in AWS's member order, its values the corpus's placeholders. */
  public static ObjectNode contextObject(JsonNode input, String stateName) {
    ObjectNode contextObject = MAPPER.createObjectNode();
    contextObject
        .putObject("Execution")
        .put(
            "Id",
            "arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>")
        .<ObjectNode>set("Input", input)
        .put("StartTime", "date")
        .put("Name", "<ExecArnPart_0idx>")
        .put("RoleArn", "snf_role_arn")
        .put("RedriveCount", 0);
    contextObject
        .putObject("StateMachine")
        .put("Id", "arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>")
        .put("Name", "<ArnPart_0idx>");
    contextObject.putObject("State").put("Name", stateName).put("EnteredTime", "date");
    return contextObject;
  }
}
