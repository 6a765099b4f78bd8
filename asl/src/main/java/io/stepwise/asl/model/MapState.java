package io.stepwise.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.template.PayloadTemplate;
import java.util.List;

/**
 * A Map state, inline or distributed.
 *
 * @param itemsPath {@code ItemsPath} (JSONPath; {@code $} when absent)
 * @param items the JSONata {@code Items} value, or {@code null}
 * @param itemProcessor {@code ItemProcessor}, or the legacy {@code Iterator}
 * @param itemSelector {@code ItemSelector}, or the legacy {@code Parameters}, or {@code null}
 * @param maxConcurrency {@code MaxConcurrency(Path)}, or {@code null} (no limit)
 * @param itemReader the raw {@code ItemReader}, or {@code null} (items come from the input)
 * @param resultWriter the raw {@code ResultWriter}, or {@code null}
 * @param label the distributed Map's {@code Label}, or {@code null}
 */
public record MapState(
    String name,
    String comment,
    QueryLanguage queryLanguage,
    Transition transition,
    PathField inputPath,
    PathField itemsPath,
    ValueSource items,
    Workflow itemProcessor,
    ProcessorConfig processorConfig,
    PayloadTemplate itemSelector,
    ValueSource maxConcurrency,
    ItemBatcher itemBatcher,
    JsonNode itemReader,
    JsonNode resultWriter,
    ValueSource toleratedFailureCount,
    ValueSource toleratedFailurePercentage,
    String label,
    PayloadTemplate resultSelector,
    PathField resultPath,
    PathField outputPath,
    List<Retrier> retry,
    List<Catcher> catchers,
    PayloadTemplate assign,
    PayloadTemplate output)
    implements State {

  /** How iterations run: inline, or as child executions of a distributed Map. */
  public enum Mode {
    INLINE,
    DISTRIBUTED
  }

  /** The type of a distributed Map's child executions. */
  public enum ExecutionType {
    STANDARD,
    EXPRESS
  }

  /** {@code ItemProcessor.ProcessorConfig}; {@code executionType} is null for inline Maps. */
  public record ProcessorConfig(Mode mode, ExecutionType executionType) {
    public static final ProcessorConfig INLINE = new ProcessorConfig(Mode.INLINE, null);
  }

  /**
   * {@code ItemBatcher}: each iteration gets {@code {"Items": [...]}} plus the {@code BatchInput}.
   *
   * @param maxItemsPerBatch {@code MaxItemsPerBatch(Path)}, or {@code null}
   * @param maxInputBytesPerBatch {@code MaxInputBytesPerBatch(Path)}, or {@code null}
   * @param batchInput {@code BatchInput}, or {@code null}
   */
  public record ItemBatcher(
      ValueSource maxItemsPerBatch,
      ValueSource maxInputBytesPerBatch,
      PayloadTemplate batchInput) {}
}
