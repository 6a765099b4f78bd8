package io.stepwise.service.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.tasks.functions.FunctionConfiguration;
import io.stepwise.tasks.functions.FunctionRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Functions kept in a directory so that they outlive the server: each function has {@code
 * <root>/<name>/function.json} (written to a temporary file, synced, then renamed over the old one)
 * beside its extracted code directories. Every function is read back when the store opens; reads
 * are then served from memory.
 */
public final class FunctionStore implements FunctionRegistry {
  static final String DOCUMENT = "function.json";

  private final Path root;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, StoredFunction> functions = new ConcurrentHashMap<>();

  private FunctionStore(Path root) {
    this.root = root;
  }

  /** Opens the store under {@code root} (created if needed) and loads its functions. */
  public static FunctionStore open(Path root) {
    FunctionStore store = new FunctionStore(root.toAbsolutePath().normalize());
    store.load();
    return store;
  }

  /** The directory that holds the code versions of function {@code name}. */
  public Path functionDirectory(String name) {
    return root.resolve(name);
  }

  public Optional<StoredFunction> findStored(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  /** Every function, sorted by name. */
  public List<StoredFunction> listStored() {
    return functions.values().stream().sorted(Comparator.comparing(StoredFunction::name)).toList();
  }

  /** Writes {@code function} durably, then makes it visible. */
  public synchronized void save(StoredFunction function) {
    Path directory = functionDirectory(function.name());
    try {
      Files.createDirectories(directory);
      writeAtomically(
          directory.resolve(DOCUMENT), StoredFunctionJson.write(mapper, function, directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    functions.put(function.name(), function);
  }

  /**
   * Keeps {@code function}'s configuration and the metadata the function already had; a function
   * new to the store gets fresh metadata.
   */
  @Override
  public void put(FunctionConfiguration function) {
    Instant now = Instant.now();
    String revision = UUID.randomUUID().toString();
    save(
        findStored(function.name())
            .map(stored -> stored.withConfiguration(function, now, revision))
            .orElseGet(() -> new StoredFunction(function, "", "", "", 0, now, revision)));
  }

  @Override
  public Optional<FunctionConfiguration> find(String name) {
    return findStored(name).map(StoredFunction::configuration);
  }

  /** Forgets the function and deletes its directory, code included. */
  @Override
  public synchronized boolean remove(String name) {
    StoredFunction removed = functions.remove(name);
    if (removed != null) {
      deleteTree(functionDirectory(name));
    }
    return removed != null;
  }

  @Override
  public List<FunctionConfiguration> list() {
    return listStored().stream().map(StoredFunction::configuration).toList();
  }

  private void load() {
    try {
      Files.createDirectories(root);
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
        for (Path entry : entries) {
          Path document = entry.resolve(DOCUMENT);
          if (Files.isRegularFile(document)) {
            StoredFunction function =
                StoredFunctionJson.read((ObjectNode) mapper.readTree(document.toFile()), entry);
            functions.put(function.name(), function);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try (FileChannel channel =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(ByteBuffer.wrap(content));
      channel.force(true);
    }
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    syncDirectory(target.getParent());
  }

  /** Makes the rename itself durable; some file systems cannot open a directory, which is fine. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException ignored) {
      // Directories cannot be synced on every platform; the rename is then as durable as it gets.
    }
  }

  /** Deletes {@code directory} and everything under it, deepest first. */
  static void deleteTree(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
