package io.stepwise.tasks.s3;

/** A bucket or object that cannot be read or written; its message says which and why. */
public final class BucketException extends Exception {
  private final boolean noSuchKey;

  public BucketException(String message) {
    this(message, false);
  }

  private BucketException(String message, boolean noSuchKey) {
    super(message);
    this.noSuchKey = noSuchKey;
  }

  /** The object {@code key} of {@code bucket} does not exist. */
  static BucketException noSuchKey(String bucket, String key, String where) {
    return new BucketException(
        "The specified key does not exist: s3://" + bucket + "/" + key + where, true);
  }

  /** Whether the object does not exist (S3's NoSuchKey), rather than being out of reach. */
  public boolean isNoSuchKey() {
    return noSuchKey;
  }
}
