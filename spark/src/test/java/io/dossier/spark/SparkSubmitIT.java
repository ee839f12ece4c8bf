// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.engine.export.JsonlExporter;
import io.dossier.engine.ingest.IngestListener;
import io.dossier.ingest.IngestDefaults;
import io.dossier.store.SqliteKnowledgeBase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job as a cluster runs it: Spark's own {@code SparkSubmit} in a separate JVM whose class path
 * is Spark and its libraries only (a stand-in for a Spark distribution), given the application jar
 * and Dossier's jars with {@code --jars} as docs/CLI.md says, on {@code local[2]}. Its Parquet
 * output, loaded into a store, exports the same as {@code dossier ingest} of the same files.
 */
class SparkSubmitIT {
  private static final Path MODULE = Path.of("").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void sparkSubmitRunsTheJobFromTheApplicationJarAndTheClusterClassPath()
      throws IOException, InterruptedException {
    Path appJar = MODULE.resolve("target/dossier-spark-0.1.0-SNAPSHOT.jar");
    Path clusterClasspath = MODULE.resolve("target/cluster-classpath.txt");
    assertThat(appJar).as("built by the package phase").exists();
    assertThat(clusterClasspath).as("built by the package phase").exists();
    List<String> jars =
        Arrays.stream(Files.readString(clusterClasspath).strip().split(File.pathSeparator))
            .filter(s -> !s.isBlank())
            .toList();
    assertThat(jars).anyMatch(j -> j.contains("stanford-corenlp"));
    assertThat(jars).noneMatch(j -> j.contains("spark-core"));

    Path samples = Path.of(System.getProperty("dossier.home", "..")).resolve("samples/corpus");
    List<Path> inputs =
        List.of(
            samples.resolve("05-video-executions-near-velgrad.txt"),
            samples.resolve("07-twenty-prisoners-executed-east-velgrad.html"),
            samples.resolve("09-kna-spokesman-denies-executions.txt"));
    Path parquet = tmp.resolve("parquet");

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx3g");
    command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split("\\s+")));
    command.add("-cp");
    command.add(sparkDistribution());
    command.add("org.apache.spark.deploy.SparkSubmit");
    command.addAll(List.of("--master", "local[2]", "--class", "io.dossier.spark.SparkMain"));
    command.addAll(List.of("--jars", String.join(",", jars)));
    command.add(appJar.toString());
    command.add("spark");
    inputs.forEach(p -> command.add(p.toString()));
    command.addAll(List.of("--out", parquet.toString()));
    Path log = tmp.resolve("spark-submit.log");
    Process submit =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(submit.waitFor(15, TimeUnit.MINUTES)).as("spark-submit finished").isTrue();
    assertThat(submit.exitValue()).as(tail(log)).isZero();
    assertThat(Files.readString(log)).contains("ingested 3");

    // the same files through dossier ingest, and the job's output through dossier load
    Path ingestExport = tmp.resolve("ingest-export");
    Path ingestStore = tmp.resolve("ingest-store");
    try (Engine engine =
        Engine.of(
            new EngineConfig(ingestStore, 2),
            SqliteKnowledgeBase.open(ingestStore),
            Engine::standardProcessor)) {
      engine.ingest(inputs, IngestDefaults.NONE, IngestListener.NONE);
      engine.exportJsonl(ingestExport);
    }
    Path loadedStore = tmp.resolve("loaded-store");
    Path loadedExport = tmp.resolve("loaded-export");
    SparkSession spark = Sessions.open("dossier-submit-test", "local[1]", 1);
    try (Engine engine =
        Engine.of(
            new EngineConfig(loadedStore, 1),
            SqliteKnowledgeBase.open(loadedStore),
            Engine::standardProcessor)) {
      new ParquetLoader(spark).load(parquet.toString(), engine.knowledgeBase());
      engine.exportJsonl(loadedExport);
    } finally {
      spark.stop();
    }
    for (String file : JsonlExporter.FILES) {
      assertThat(Files.readAllLines(loadedExport.resolve(file)))
          .as(file)
          .containsExactlyElementsOf(Files.readAllLines(ingestExport.resolve(file)));
    }
    assertThat(Files.readAllLines(loadedExport.resolve("events.jsonl"))).isNotEmpty();
  }

  /**
   * This test's class path without Dossier and CoreNLP: Spark, Scala, Hadoop's client and the other
   * libraries a Spark distribution brings.
   */
  private static String sparkDistribution() {
    List<String> kept = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean dossier =
          name.startsWith("dossier-")
              || entry.contains(File.separator + "io" + File.separator + "dossier")
              || entry.endsWith("classes")
              || name.equals("test-classes");
      if (!dossier && !name.startsWith("stanford-corenlp")) {
        kept.add(entry);
      }
    }
    assertThat(kept).anyMatch(e -> e.contains("spark-core"));
    return String.join(File.pathSeparator, kept);
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
