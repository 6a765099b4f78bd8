package io.stepwise.store.sqlite;

/**
 * The database failed under the store: a full disk, a corrupt file, a lost lock. Nothing the caller
 * did wrong and nothing it can repair, so it is unchecked.
 */
public final class StoreFailure extends RuntimeException {

  StoreFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
