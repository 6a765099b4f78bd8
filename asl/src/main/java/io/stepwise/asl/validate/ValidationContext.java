package io.stepwise.asl.validate;

import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.QueryLanguage;
import java.util.HashSet;
import java.util.Set;

/**
 * What every rule needs to know about the definition as a whole, and where problems go.
 *
 * @param stateNames the names of the states seen so far, in all workflows of the definition
 */
record ValidationContext(
    MachineType machineType,
    QueryLanguage machineLanguage,
    Diagnostics diagnostics,
    Set<String> stateNames) {

  ValidationContext(MachineType machineType, QueryLanguage machineLanguage, Diagnostics found) {
    this(machineType, machineLanguage, found, new HashSet<>());
  }

  /** Reports a schema problem, the most common kind. */
  void schemaError(String pointer, String message) {
    diagnostics.add(DiagnosticCodes.SCHEMA_VALIDATION_FAILED, pointer, message);
  }

  void add(String code, String pointer, String message) {
    diagnostics.add(code, pointer, message);
  }
}
