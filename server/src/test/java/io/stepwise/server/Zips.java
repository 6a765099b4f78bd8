package io.stepwise.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.SdkBytes;

/** Deployment packages for tests: a zip of one source file, as a user zips a function. */
public final class Zips {
  private Zips() {}

  /** A zip that holds {@code source} as {@code file}. */
  public static SdkBytes of(String file, String source) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry(file));
      out.write(source.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SdkBytes.fromByteArray(bytes.toByteArray());
  }
}
