package io.stepwise.tasks.functions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks a deployment package (a zip, as CreateFunction's ZipFile) into a code directory. */
public final class FunctionCode {
  private static final Set<PosixFilePermission> EXECUTABLE =
      Set.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE,
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_EXECUTE);

  private FunctionCode() {}

  /**
   * Extracts {@code zip} into {@code directory} (created if needed) and returns it. Zip files
   * rarely keep Unix modes through Java's reader, so every file is made executable, as a {@code
   * bootstrap} must be.
   */
  public static Path extractZip(byte[] zip, Path directory) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      Files.createDirectories(directory);
      Path root = directory.toAbsolutePath().normalize();
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
          throw new IllegalArgumentException("Zip entry escapes the code directory: " + entry);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(target, EXECUTABLE);
        }
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
