package io.stepwise.service.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.service.api.ApiResult;
import io.stepwise.tasks.functions.FunctionCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The code of a function, from CreateFunction's {@code Code} or UpdateFunctionCode's members: a zip
 * ({@code ZipFile}, base64 on the wire) extracted under the function's directory, or, for fast
 * local iteration, a directory of this machine used as it is, named by {@code S3Bucket} {@value
 * #LOCAL_BUCKET} and {@code S3Key} its absolute path.
 *
 * @param directory the code directory the function runs from
 * @param sha256 the base64 SHA-256 of the zip, or of the directory's path
 * @param size the zip's size in bytes, 0 for a directory
 */
record DeploymentPackage(Path directory, String sha256, long size) {
  /** The bucket name that makes {@code S3Key} a local directory. */
  static final String LOCAL_BUCKET = "stepwise-local";

  /** Reads {@code code} and installs it for {@code functionDirectory}. */
  static ApiResult<DeploymentPackage> install(JsonNode code, Path functionDirectory) {
    JsonNode zip = code.path("ZipFile");
    if (zip.isTextual()) {
      return unzip(Base64.getMimeDecoder().decode(zip.asText()), functionDirectory);
    }
    String bucket = code.path("S3Bucket").asText("");
    if (bucket.equals(LOCAL_BUCKET)) {
      return localDirectory(code.path("S3Key").asText(""));
    }
    if (!bucket.isEmpty() || code.has("ImageUri")) {
      return LambdaErrors.invalidParameter(
          "Stepwise runs code from ZipFile, or from a local directory given as S3Bucket '"
              + LOCAL_BUCKET
              + "' and S3Key its absolute path; it cannot fetch code from S3 or an image.");
    }
    return LambdaErrors.invalidParameter("Please provide a source for function code.");
  }

  private static ApiResult<DeploymentPackage> unzip(byte[] zip, Path functionDirectory) {
    String sha256 = Base64.getEncoder().encodeToString(sha256(zip));
    Path directory =
        functionDirectory.resolve("code-" + HexFormat.of().formatHex(sha256(zip), 0, 8));
    try {
      FunctionStore.deleteTree(directory);
      FunctionCode.extractZip(zip, directory);
    } catch (UncheckedIOException | IllegalArgumentException unreadable) {
      FunctionStore.deleteTree(directory);
      return LambdaErrors.invalidParameter(
          "Could not unzip uploaded file. Please check your file, then try to upload again.");
    }
    if (isEmpty(directory)) {
      return LambdaErrors.invalidParameter(
          "Could not unzip uploaded file. Please check your file, then try to upload again.");
    }
    return ApiResult.ok(new DeploymentPackage(directory, sha256, zip.length));
  }

  private static ApiResult<DeploymentPackage> localDirectory(String key) {
    Path directory = Path.of(key);
    if (!directory.isAbsolute() || !Files.isDirectory(directory)) {
      return LambdaErrors.invalidParameter(
          "S3Key of bucket '" + LOCAL_BUCKET + "' must be an absolute directory path: " + key);
    }
    byte[] path = directory.normalize().toString().getBytes(StandardCharsets.UTF_8);
    return ApiResult.ok(
        new DeploymentPackage(
            directory.normalize(), Base64.getEncoder().encodeToString(sha256(path)), 0));
  }

  private static boolean isEmpty(Path directory) {
    try (var entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
