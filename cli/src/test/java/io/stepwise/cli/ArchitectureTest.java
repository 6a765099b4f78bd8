package io.stepwise.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency direction of the architecture map (asl -> dataflow -> engine -> store ->
 * runtime -> tasks -> service -> server -> cli) and the purity of the core: asl, dataflow and
 * engine do no I/O, start no threads and read no clock but the one they are given. The cli module
 * sees every other module, so the rules live here.
 */
class ArchitectureTest {
  private static final String[] PURE = {
    "io.stepwise.asl..", "io.stepwise.dataflow..", "io.stepwise.engine.."
  };
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.stepwise");
  }

  @Test
  void dependenciesPointOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("asl")
        .definedBy("io.stepwise.asl..")
        .layer("dataflow")
        .definedBy("io.stepwise.dataflow..")
        .layer("engine")
        .definedBy("io.stepwise.engine..")
        .layer("store")
        .definedBy("io.stepwise.store..")
        .layer("runtime")
        .definedBy("io.stepwise.runtime..")
        .layer("tasks")
        .definedBy("io.stepwise.tasks..")
        .layer("service")
        .definedBy("io.stepwise.service..")
        .layer("server")
        .definedBy("io.stepwise.server..")
        .layer("cli")
        .definedBy("io.stepwise.cli..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("server")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("service")
        .mayOnlyBeAccessedByLayers("server", "cli")
        .whereLayer("tasks")
        .mayOnlyBeAccessedByLayers("service", "server", "cli")
        .whereLayer("runtime")
        .mayOnlyBeAccessedByLayers("tasks", "service", "server", "cli")
        .whereLayer("store")
        .mayOnlyBeAccessedByLayers("runtime", "tasks", "service", "server", "cli")
        .whereLayer("engine")
        .mayOnlyBeAccessedByLayers("store", "runtime", "tasks", "service", "server", "cli")
        .whereLayer("dataflow")
        .mayOnlyBeAccessedByLayers(
            "engine", "store", "runtime", "tasks", "service", "server", "cli")
        .check(classes);
  }

  @Test
  void theCoreStartsNoThreads() {
    noClasses()
        .that()
        .resideInAnyPackage(PURE)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Thread.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(java.util.concurrent.Executor.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(java.util.concurrent.Future.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(java.util.Timer.class)
        .check(classes);
  }

  @Test
  void theCoreDoesNoIo() {
    noClasses()
        .that()
        .resideInAnyPackage(PURE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net..", "java.nio.file..", "java.nio.channels..", "java.sql..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.File")
        .check(classes);
  }

  @Test
  void theCoreReadsOnlyTheClockItIsGiven() {
    noClasses()
        .that()
        .resideInAnyPackage(PURE)
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .check(classes);
  }
}
