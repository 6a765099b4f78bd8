package io.stepwise.service.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.tasks.functions.FunctionConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionStoreTest {
  @TempDir Path root;

  private StoredFunction function(String name, Path code) {
    FunctionConfiguration configuration =
        FunctionConfiguration.of(
                name, "eu-west-1", "123456789012", "python3.12", "app.handler", code)
            .withEnvironment(Map.of("STAGE", "dev"))
            .withTimeoutSeconds(30)
            .withReservedConcurrency(2);
    return new StoredFunction(
        configuration,
        "arn:aws:iam::123456789012:role/r",
        "orders",
        "c2hh",
        42,
        Instant.parse("2026-01-02T03:04:05.678Z"),
        "rev-1");
  }

  @Test
  void readsBackEveryFunctionItSaved() {
    FunctionStore store = FunctionStore.open(root);
    StoredFunction inside = function("Inside", store.functionDirectory("Inside").resolve("code-1"));
    StoredFunction outside = function("Outside", Path.of("/opt/functions/outside"));
    store.save(inside);
    store.save(outside);

    FunctionStore reopened = FunctionStore.open(root);

    assertThat(reopened.listStored()).containsExactly(inside, outside);
  }

  @Test
  void keepsCodeInsideTheStoreRelativeSoTheDataDirectoryCanMove() throws IOException {
    FunctionStore store = FunctionStore.open(root.resolve("before"));
    store.save(function("Moved", store.functionDirectory("Moved").resolve("code-1")));

    Files.move(root.resolve("before"), root.resolve("after"));
    FunctionStore moved = FunctionStore.open(root.resolve("after"));

    assertThat(moved.find("Moved").orElseThrow().codeDirectory())
        .isEqualTo(root.resolve("after").resolve("Moved").resolve("code-1"));
    assertThat(Files.exists(root.resolve("after/Moved/function.json.tmp"))).isFalse();
  }

  @Test
  void putKeepsTheMetadataAndRemoveDeletesTheFunctionsDirectory() {
    FunctionStore store = FunctionStore.open(root);
    StoredFunction saved = function("Orders", store.functionDirectory("Orders").resolve("code-1"));
    store.save(saved);

    store.put(saved.configuration().withMemorySize(512));

    StoredFunction updated = FunctionStore.open(root).findStored("Orders").orElseThrow();
    assertThat(updated.configuration().memorySize()).isEqualTo(512);
    assertThat(updated.codeSha256()).isEqualTo("c2hh");
    assertThat(updated.role()).isEqualTo(saved.role());
    assertThat(updated.revisionId()).isNotEqualTo("rev-1");
    assertThat(store.remove("Orders")).isTrue();
    assertThat(store.remove("Orders")).isFalse();
    assertThat(Files.exists(store.functionDirectory("Orders"))).isFalse();
    assertThat(FunctionStore.open(root).list()).isEmpty();
  }
}
