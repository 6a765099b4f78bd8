package io.stepwise.asl.model;

/** The language that a state's fields are written in: the {@code QueryLanguage} field of ASL. */
public enum QueryLanguage {
  JSONPATH("JSONPath"),
  JSONATA("JSONata");

  private final String aslName;

  QueryLanguage(String aslName) {
    this.aslName = aslName;
  }

  /** The spelling used in definitions, for example {@code JSONata}. */
  public String aslName() {
    return aslName;
  }
}
