package io.stepwise.service.api;

import java.util.function.Function;

/**
 * The result of an API operation or of one of its checks: a value, or the {@link ApiError} that
 * ends the request. {@link #then} chains checks so that the first error wins, as on AWS.
 */
public sealed interface ApiResult<T> {

  /** A successful result. */
  record Ok<T>(T value) implements ApiResult<T> {}

  /** A failed result. */
  record Err<T>(ApiError error) implements ApiResult<T> {}

  static <T> ApiResult<T> ok(T value) {
    return new Ok<>(value);
  }

  default <U> ApiResult<U> map(Function<? super T, ? extends U> mapper) {
    return switch (this) {
      case Ok<T> ok -> new Ok<>(mapper.apply(ok.value()));
      case Err<T> err -> new Err<>(err.error());
    };
  }

  default <U> ApiResult<U> then(Function<? super T, ApiResult<U>> next) {
    return switch (this) {
      case Ok<T> ok -> next.apply(ok.value());
      case Err<T> err -> new Err<>(err.error());
    };
  }
}
