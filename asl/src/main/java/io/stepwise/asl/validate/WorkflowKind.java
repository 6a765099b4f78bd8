package io.stepwise.asl.validate;

import java.util.Set;

/** Where a workflow sits, which decides the fields it may have besides StartAt and States. */
enum WorkflowKind {
  MACHINE(Set.of("StartAt", "States", "Comment", "Version", "TimeoutSeconds", "QueryLanguage")),
  BRANCH(Set.of("StartAt", "States", "Comment")),
  ITEM_PROCESSOR(Set.of("StartAt", "States", "Comment", "ProcessorConfig"));

  private final Set<String> fields;

  WorkflowKind(Set<String> fields) {
    this.fields = fields;
  }

  boolean allows(String field) {
    return fields.contains(field);
  }
}
