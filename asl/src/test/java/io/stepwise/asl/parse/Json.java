package io.stepwise.asl.parse;

/** Test definitions written compactly, with ' for ". */
final class Json {
  private Json() {}

  static String of(String compact) {
    return compact.replace('\'', '"');
  }

  /** A machine whose only state, S, is {@code state}. */
  static String single(String state) {
    return of("{'StartAt':'S','States':{'S':" + state + "}}");
  }

  /** A JSONata machine whose only state, S, is {@code state}. */
  static String jsonata(String state) {
    return of("{'QueryLanguage':'JSONata','StartAt':'S','States':{'S':" + state + "}}");
  }
}
