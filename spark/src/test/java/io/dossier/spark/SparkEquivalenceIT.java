// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.engine.export.JsonlExporter;
import io.dossier.engine.ingest.IngestListener;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.ingest.IngestDefaults;
import io.dossier.store.SqliteKnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same JSON Lines export from {@code dossier ingest} and from the Spark
 * job (local[2]) followed by {@code dossier load}: every file of the export, line for line.
 */
class SparkEquivalenceIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void startSpark() {
    spark = Sessions.open("dossier-test", "local[2]", 2);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** The fake annotator with a fixed list of names, buildable on an executor. */
  record FakeFactory(HashMap<String, String> names) implements ProcessorFactory {
    @Override
    public String name() {
      return "fake-" + names.hashCode();
    }

    @Override
    public ArticleProcessor create() {
      return new ArticleProcessor(new FakeAnnotation(names), ArticleProcessor.standardStages());
    }
  }

  @Test
  void sameExportAsIngestWithTheFakeAnnotator() throws IOException {
    HashMap<String, String> names = new HashMap<>();
    for (String person :
        List.of(
            "Khalifa Haftar",
            "Khalifa Hifter",
            "Haftar",
            "Hifter",
            "Fayez al-Sarraj",
            "Fayez Sarraj",
            "Sarraj",
            "Ahmed Mismari",
            "Ahmad al-Mismari",
            "Mismari",
            "Hassan",
            "Hussein Hassan")) {
      names.put(person, "PERSON");
    }
    names.put("Libyan National Army", "ORGANIZATION");
    names.put("LNA", "ORGANIZATION");
    names.put("Benghazi", "LOCATION");
    names.put("Banghazi", "LOCATION");
    Path in = Files.createDirectories(tmp.resolve("in"));
    StringBuilder jsonl = new StringBuilder();
    String[] texts = {
      "Khalifa Haftar said the Libyan National Army (LNA) took Benghazi. Haftar was pleased.",
      "Fayez al-Sarraj met Ahmed Mismari in Tripoli. Sarraj left early.",
      "Khalifa Hifter spoke. The LNA advanced on Banghazi, Mismari said.",
      "Hassan arrived. Hussein Hassan was not Hassan, the report said.",
      "Ahmad al-Mismari and Fayez Sarraj talked about Hifter.",
      "This article will FAIL in the annotator: Haftar.",
      "Khalifa Haftar said the Libyan National Army (LNA) took Benghazi. Haftar was pleased!",
      "Unrelated story about the weather in a town nobody named.",
    };
    for (int i = 0; i < texts.length; i++) {
      jsonl
          .append("{\"id\":\"s")
          .append(i)
          .append("\",\"outlet\":\"Outlet ")
          .append(i % 3)
          .append("\",\"published\":\"2019-04-0")
          .append(1 + i)
          .append("\",\"text\":\"")
          .append(texts[i])
          .append(" ")
          .append(
              "Residents of the city reported heavy fighting near the airport overnight and"
                  + " the roads to the south remained closed on Thursday.")
          .append("\"}\n");
    }
    // an exact duplicate of the first article and a German one
    jsonl.append(jsonl.substring(0, jsonl.indexOf("\n") + 1).replace("\"s0\"", "\"s0copy\""));
    jsonl.append(
        "{\"id\":\"de\",\"language\":\"de\",\"text\":\"Khalifa Haftar sprach heute in Bengasi"
            + " mit Vertretern der Stadt über die Lage.\"}\n");
    Files.writeString(in.resolve("a.jsonl"), jsonl, StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("b.txt"),
        "Haftar again\n\nKhalifa Haftar met Fayez al-Sarraj. Haftar and Sarraj agreed on"
            + " little, the LNA said.\n",
        StandardCharsets.UTF_8);
    FakeFactory factory = new FakeFactory(names);
    Path export = compare(List.of(in), factory, factory::create);
    // the corpus exercises what the job must reproduce: a near-duplicate, a link across spellings
    assertThat(Files.readString(export.resolve("documents.jsonl")))
        .contains("\"duplicate_of\":\"d-s0\"");
    JsonNode haftar = null;
    for (String line : Files.readAllLines(export.resolve("entities.jsonl"))) {
      JsonNode entity = JSON.readTree(line);
      if (entity.get("name").asText().equals("Khalifa Haftar")) {
        haftar = entity;
      }
    }
    assertThat(haftar).isNotNull();
    assertThat(haftar.get("aliases").findValuesAsText("name")).contains("Khalifa Hifter", "Hifter");
  }

  @Test
  void sameExportAsIngestWithCoreNlpOnTheSampleCorpus() throws IOException {
    Path samples = Path.of(System.getProperty("dossier.home", "..")).resolve("samples/corpus");
    // text, HTML and JSON Lines (two articles), with reports of the same events by several outlets
    List<Path> inputs =
        List.of(
                "01-kna-offensive-velgrad.txt",
                "02-shelling-kills-civilians-velgrad.html",
                "05-video-executions-near-velgrad.txt",
                "06-footage-prisoners-shot-republished.txt",
                "07-twenty-prisoners-executed-east-velgrad.html",
                "09-kna-spokesman-denies-executions.txt",
                "11-monitoring-digest-week-2.jsonl",
                "12-icc-arrest-warrant-warfelli.txt")
            .stream()
            .map(samples::resolve)
            .toList();
    compare(inputs, ProcessorFactory.STANDARD, Engine::standardProcessor);
  }

  /** Runs both paths, compares their exports and returns the folder of the Spark path's one. */
  private Path compare(
      List<Path> inputs, ProcessorFactory factory, Supplier<ArticleProcessor> processor)
      throws IOException {
    Path ingestExport = tmp.resolve("ingest-export");
    IngestSummary ingested;
    Path ingestStore = tmp.resolve("ingest-store");
    try (Engine engine =
        Engine.of(
            new EngineConfig(ingestStore, 2), SqliteKnowledgeBase.open(ingestStore), processor)) {
      ingested = engine.ingest(inputs, IngestDefaults.NONE, IngestListener.NONE);
      engine.exportJsonl(ingestExport);
    }

    Path parquet = tmp.resolve("parquet");
    BatchJob.Result result =
        new BatchJob(spark, factory)
            .run(
                new BatchJob.Options(
                    inputs.stream().map(Path::toString).toList(),
                    parquet.toString(),
                    IngestDefaults.NONE,
                    null,
                    2));
    System.out.printf(
        "spark path: %s; %d rounds, largest group %d%n",
        result.phases(), result.componentRounds(), result.largestComponent());
    Path sparkStore = tmp.resolve("spark-store");
    Path sparkExport = tmp.resolve("spark-export");
    try (Engine engine =
        Engine.of(
            new EngineConfig(sparkStore, 1), SqliteKnowledgeBase.open(sparkStore), processor)) {
      ParquetLoader.Result loaded =
          new ParquetLoader(spark).load(parquet.toString(), engine.knowledgeBase());
      assertThat(loaded.documents()).isEqualTo(ingested.ingested());
      engine.exportJsonl(sparkExport);
    }

    assertThat(result.summary().ingested()).isEqualTo(ingested.ingested());
    assertThat(result.summary().duplicates()).isEqualTo(ingested.duplicates());
    assertThat(result.summary().failed()).isEqualTo(ingested.failed());
    assertThat(ingested.ingested()).isGreaterThan(0);
    for (String file : JsonlExporter.FILES) {
      List<String> expected = Files.readAllLines(ingestExport.resolve(file));
      List<String> actual = Files.readAllLines(sparkExport.resolve(file));
      assertThat(actual).as(file).containsExactlyElementsOf(expected);
    }
    assertThat(Files.readAllLines(ingestExport.resolve("entities.jsonl"))).isNotEmpty();
    return sparkExport;
  }
}
