// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of ARCHITECTURE.md and STYLE.md, checked over the compiled production classes of
 * every module: the module DAG, third-party confinement, pure modules, private internals.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.dossier");
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void modelDependsOnNoOtherModuleAndNoLibrary() {
    check(
        classes()
            .that()
            .resideInAPackage("io.dossier.model..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.dossier.model..", "java..", "org.jspecify.."));
  }

  @Test
  void perArticleModulesDependOnlyOnModel() {
    for (String module : new String[] {"ingest", "nlp", "extract", "resolve", "store"}) {
      check(
          noClasses()
              .that()
              .resideInAPackage("io.dossier." + module + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(
                  otherModules(
                      module, "ingest", "nlp", "extract", "resolve", "store", "engine", "server",
                      "cli")));
    }
  }

  @Test
  void engineDoesNotDependOnServerOrCli() {
    check(
        noClasses()
            .that()
            .resideInAPackage("io.dossier.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.dossier.server..", "io.dossier.cli.."));
  }

  @Test
  void noOtherModuleDependsOnSpark() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("io.dossier.spark..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.dossier.spark.."));
  }

  @Test
  void sparkDependsOnTheEngineNotOnServerOrCli() {
    check(
        noClasses()
            .that()
            .resideInAPackage("io.dossier.spark..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.dossier.server..", "io.dossier.cli.."));
  }

  @Test
  void onlySparkTouchesSparkAndHadoop() {
    confined("org.apache.spark..", "io.dossier.spark..");
    confined("org.apache.hadoop..", "io.dossier.spark..");
    confined("scala..", "io.dossier.spark..");
  }

  @Test
  void serverDoesNotDependOnCli() {
    check(
        noClasses()
            .that()
            .resideInAPackage("io.dossier.server..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.dossier.cli.."));
  }

  @Test
  void onlyNlpTouchesCoreNlp() {
    confined("edu.stanford.nlp..", "io.dossier.nlp..");
  }

  @Test
  void onlyStoreTouchesLuceneAndJdbc() {
    confined("org.apache.lucene..", "io.dossier.store..");
    confined("org.sqlite..", "io.dossier.store..");
    confined("org.postgresql..", "io.dossier.store..");
    confined("org.flywaydb..", "io.dossier.store..");
    confined("java.sql..", "io.dossier.store..");
  }

  @Test
  void onlyServerTouchesJavalin() {
    confined("io.javalin..", "io.dossier.server..");
  }

  @Test
  void onlyIngestTouchesJsoup() {
    confined("org.jsoup..", "io.dossier.ingest..");
  }

  @Test
  void onlyIngestTouchesReadabilityAndTheLanguageDetector() {
    confined("net.dankito.readability4j..", "io.dossier.ingest.html..");
    confined("com.optimaize.langdetect..", "io.dossier.ingest.lang..");
  }

  @Test
  void onlyTheCommandLinesTouchPicocliAndTheProgressBar() {
    // the spark module has its own command line (dossier spark / load, spark-submit)
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages("io.dossier.cli..", "io.dossier.spark..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("picocli.."));
    confined("me.tongfei..", "io.dossier.cli..");
  }

  @Test
  void pureModulesDoNotLog() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(
                "io.dossier.model..", "io.dossier.extract..", "io.dossier.resolve..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.slf4j..", "java.util.logging..", "ch.qos.logback.."));
  }

  @Test
  void internalPackagesArePrivateToTheirModule() {
    for (String module :
        new String[] {"ingest", "nlp", "extract", "resolve", "store", "engine", "server"}) {
      check(
          noClasses()
              .that()
              .resideOutsideOfPackage("io.dossier." + module + "..")
              .should()
              .dependOnClassesThat()
              .resideInAPackage("io.dossier." + module + "..internal.."));
    }
  }

  @Test
  void modulesAreFreeOfCycles() {
    check(slices().matching("io.dossier.(*)..").should().beFreeOfCycles());
  }

  @Test
  void onlyTheCommandLinesExitTheProcess() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("io.dossier.cli..")
            .and()
            .doNotHaveFullyQualifiedName("io.dossier.spark.SparkMain")
            .should()
            .callMethod(System.class, "exit", int.class));
  }

  private static void confined(String library, String owner) {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage(owner)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(library)
            .allowEmptyShould(true));
  }

  private static String[] otherModules(String self, String... all) {
    return java.util.Arrays.stream(all)
        .filter(m -> !m.equals(self))
        .map(m -> "io.dossier." + m + "..")
        .toArray(String[]::new);
  }
}
