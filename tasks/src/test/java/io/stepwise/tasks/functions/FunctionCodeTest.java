package io.stepwise.tasks.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionCodeTest {

  static byte[] zip(String name, String content) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry(name));
      out.write(content.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void aZipIsExtractedWithExecutableFiles(@TempDir Path root) throws Exception {
    Path code = FunctionCode.extractZip(zip("lib/app.py", "print(1)\n"), root.resolve("code"));

    assertThat(code.resolve("lib/app.py")).hasContent("print(1)");
    assertThat(Files.isExecutable(code.resolve("lib/app.py"))).isTrue();
  }

  @Test
  void anEntryThatEscapesTheDirectoryIsRefused(@TempDir Path root) throws Exception {
    byte[] evil = zip("../evil.sh", "rm -rf /\n");

    assertThatThrownBy(() -> FunctionCode.extractZip(evil, root.resolve("code")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("escapes the code directory");
    assertThat(root.resolve("evil.sh")).doesNotExist();
  }

  @Test
  void theTailIsTheLastFourKilobytes() {
    String log = "a".repeat(5000) + "end";

    byte[] tail = InvocationLog.tail(log);

    assertThat(tail).hasSize(4096);
    assertThat(new String(tail, StandardCharsets.UTF_8)).endsWith("aaend");
  }
}
