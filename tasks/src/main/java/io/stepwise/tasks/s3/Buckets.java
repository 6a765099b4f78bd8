package io.stepwise.tasks.s3;

import java.util.List;

/** Where the objects of buckets are: read, listed and written by key. */
public interface Buckets {

  /** The content of the object {@code key} of {@code bucket}. */
  byte[] get(String bucket, String key) throws BucketException;

  /** The objects of {@code bucket} whose keys start with {@code prefix}, in the order of keys. */
  List<StoredObject> list(String bucket, String prefix) throws BucketException;

  /** Writes (or replaces) the object {@code key} of {@code bucket}. */
  void put(String bucket, String key, byte[] content) throws BucketException;

  /**
   * An object as listObjectsV2 describes it.
   *
   * @param lastModified epoch seconds
   */
  record StoredObject(String key, long size, String etag, long lastModified) {}
}
