package io.stepwise.tasks.s3;

import io.stepwise.tasks.services.ServiceEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Buckets kept as local folders: the object {@code a/b.json} of a bucket is the file {@code
 * a/b.json} under the bucket's folder. A bucket with no folder is in the remote buckets (an S3
 * endpoint) when there are any, else an error that names the settings which give it a place.
 */
public final class LocalFolderBuckets implements Buckets {
  /** The server option that maps a bucket to a folder, named in the error for unknown buckets. */
  public static final String OPTION = "--s3-bucket-folder";

  private final Map<String, Path> folders;
  private final Optional<Buckets> remote;

  /** {@code folders} maps each bucket name to its folder; other buckets are in {@code remote}. */
  public LocalFolderBuckets(Map<String, Path> folders, Optional<Buckets> remote) {
    this.folders = Map.copyOf(folders);
    this.remote = remote;
  }

  @Override
  public byte[] get(String bucket, String key) throws BucketException {
    if (isRemote(bucket)) {
      return remote.get().get(bucket, key);
    }
    Path file = file(bucket, key);
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw BucketException.noSuchKey(bucket, key, " (" + file + ")");
    } catch (IOException e) {
      throw new BucketException("Cannot read s3://" + bucket + "/" + key + ": " + e.getMessage());
    }
  }

  @Override
  public List<StoredObject> list(String bucket, String prefix) throws BucketException {
    if (isRemote(bucket)) {
      return remote.get().list(bucket, prefix);
    }
    Path root = folder(bucket);
    List<StoredObject> objects = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String key =
            root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (key.startsWith(prefix)) {
          objects.add(describe(key, file));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new BucketException("Cannot list the bucket " + bucket + ": " + e.getMessage());
    }
    objects.sort((a, b) -> a.key().compareTo(b.key()));
    return objects;
  }

  @Override
  public void put(String bucket, String key, byte[] content) throws BucketException {
    if (isRemote(bucket)) {
      remote.get().put(bucket, key, content);
      return;
    }
    Path file = file(bucket, key);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new BucketException("Cannot write s3://" + bucket + "/" + key + ": " + e.getMessage());
    }
  }

  private boolean isRemote(String bucket) {
    return !folders.containsKey(bucket) && remote.isPresent();
  }

  private Path folder(String bucket) throws BucketException {
    Path folder = folders.get(bucket);
    if (folder == null) {
      throw new BucketException(
          "No folder or S3 endpoint is configured for the bucket "
              + bucket
              + ": start Stepwise with "
              + OPTION
              + " "
              + bucket
              + "=DIR, or set "
              + ServiceEndpoints.setting("S3", "s3"));
    }
    return folder;
  }

  /** The file of an object; a key that would lead out of the bucket's folder is refused. */
  private Path file(String bucket, String key) throws BucketException {
    Path root = folder(bucket).toAbsolutePath().normalize();
    Path file = root.resolve(key).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new BucketException("The key " + key + " is not a valid object key");
    }
    return file;
  }

  private static StoredObject describe(String key, Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    return new StoredObject(
        key,
        content.length,
        etag(content),
        Files.getLastModifiedTime(file).toInstant().getEpochSecond());
  }

  /** S3's ETag of an object uploaded in one part: the MD5 of its content, in quotes. */
  static String etag(byte[] content) {
    try {
      return "\""
          + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content))
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has MD5", e);
    }
  }
}
