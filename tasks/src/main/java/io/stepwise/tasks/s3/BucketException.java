package io.stepwise.tasks.s3;

/** A bucket or object that cannot be read or written; its message says which and why. */
public final class BucketException extends Exception {
  public BucketException(String message) {
    super(message);
  }
}
