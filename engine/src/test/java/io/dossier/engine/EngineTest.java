// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.engine.ingest.IngestListener;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.ingest.IngestDefaults;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import io.dossier.store.SqliteKnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest path without models: ordering, duplicates, failures, export spans. */
class EngineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Engine engine(Path store, int threads) {
    return Engine.of(
        new EngineConfig(store, threads),
        SqliteKnowledgeBase.open(store),
        () ->
            new ArticleProcessor(
                new FakeAnnotation(Set.of("Haddar", "Sarraji"), true),
                ArticleProcessor.standardStages()));
  }

  private Path corpus(int n) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < n; i++) {
      jsonl
          .append("{\"id\":\"a")
          .append(String.format("%03d", i))
          .append("\",\"title\":\"T\",\"published\":\"2017-07-")
          .append(10 + i % 10)
          .append("\",\"text\":\"Article ")
          .append(i)
          .append(": Haddar met Sarraji today. Later Haddar left.\"}\n");
    }
    Files.writeString(dir.resolve("a.jsonl"), jsonl, StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void commitsFollowInputOrderWhateverTheThreadTiming() throws IOException {
    Path in = corpus(40);
    try (Engine e = engine(tmp.resolve("kb"), 4)) {
      IngestSummary s = e.ingest(List.of(in), IngestDefaults.NONE, IngestListener.NONE);
      assertThat(s.ingested()).isEqualTo(40);
      List<String> ids = e.knowledgeBase().documents(0, 100).stream().map(Article::id).toList();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        expected.add("d-a" + String.format("%03d", i));
      }
      assertThat(ids).containsExactlyElementsOf(expected);
      // the entity id comes from the first article, whichever thread finished first
      assertThat(e.knowledgeBase().entities(0, 10))
          .anySatisfy(en -> assertThat(en.documents().get(0)).isEqualTo("d-a000"));
    }
  }

  @Test
  void reingestIsANoOpAndDuplicatesInOneRunAreSkipped() throws IOException {
    Path in = corpus(5);
    Files.copy(in.resolve("a.jsonl"), in.resolve("copy.jsonl"));
    try (Engine e = engine(tmp.resolve("kb"), 2)) {
      IngestSummary first = e.ingest(List.of(in), IngestDefaults.NONE, IngestListener.NONE);
      assertThat(first.ingested()).isEqualTo(5);
      assertThat(first.duplicates()).isEqualTo(5);
      IngestSummary again = e.ingest(List.of(in), IngestDefaults.NONE, IngestListener.NONE);
      assertThat(again.ingested()).isZero();
      assertThat(again.duplicates()).isEqualTo(10);
      assertThat(e.knowledgeBase().documentCount()).isEqualTo(5);
    }
  }

  @Test
  void aFailingArticleIsReportedAndTheOthersAreStored() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("1.txt"), "Good one\n\nHaddar spoke in the morning.");
    Files.writeString(dir.resolve("2.txt"), "Bad one\n\nThis text makes the annotator FAIL badly.");
    Files.writeString(dir.resolve("3.txt"), "Good two\n\nSarraji answered in the evening.");
    Files.writeString(dir.resolve("4.pdf"), "not an article");
    List<IngestIssue> seen = new ArrayList<>();
    try (Engine e = engine(tmp.resolve("kb"), 2)) {
      IngestSummary s =
          e.ingest(
              List.of(dir),
              IngestDefaults.NONE,
              new IngestListener() {
                @Override
                public void issue(IngestIssue issue) {
                  seen.add(issue);
                }
              });
      assertThat(s.ingested()).isEqualTo(2);
      assertThat(s.failed()).isEqualTo(2);
      assertThat(s.issues()).extracting(IngestIssue::source).anyMatch(src -> src.endsWith("2.txt"));
      assertThat(s.issues()).extracting(IngestIssue::source).anyMatch(src -> src.endsWith("4.pdf"));
      assertThat(s.issues()).allSatisfy(i -> assertThat(i.describe()).doesNotContain("\n"));
      assertThat(seen).hasSize(2);
    }
  }

  @Test
  void exportedSpansVerifyAndAllContractFilesExist() throws IOException {
    Path in = corpus(3);
    Path out = tmp.resolve("out");
    try (Engine e = engine(tmp.resolve("kb"), 2)) {
      e.ingest(List.of(in), IngestDefaults.NONE, IngestListener.NONE);
      e.exportJsonl(out);
      assertThat(e.exportAcledCsv(tmp.resolve("events.csv"))).isZero();
    }
    for (String f :
        List.of(
            "documents.jsonl",
            "entities.jsonl",
            "mentions.jsonl",
            "events.jsonl",
            "claims.jsonl",
            "relations.jsonl")) {
      assertThat(out.resolve(f)).exists();
    }
    Map<String, String> texts = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
      JsonNode d = JSON.readTree(line);
      texts.put(d.get("id").asText(), d.get("text").asText());
      assertThat(d.get("published_basis").asText()).isEqualTo("metadata");
    }
    List<String> mentions = Files.readAllLines(out.resolve("mentions.jsonl"));
    assertThat(mentions).hasSize(9);
    for (String line : mentions) {
      JsonNode m = JSON.readTree(line);
      assertThat(
              texts
                  .get(m.get("document").asText())
                  .substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText());
    }
    // within an article the two "Haddar" mentions share a name; across articles the exact
    // resolver joins them: two entities in all
    List<String> entities = Files.readAllLines(out.resolve("entities.jsonl"));
    assertThat(entities).hasSize(2);
    assertThat(Files.readString(tmp.resolve("events.csv")))
        .startsWith("event_id,event_date,time_precision,event_type,sub_event_type,actor1,actor2,");
  }

  /** About 300 words: witness reports, each naming a different witness number. */
  private static String longReport(String place) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append("Witness ").append(i).append(" said Haddar met Sarraji at dawn in ");
      text.append(place).append(". ");
    }
    return text.toString().strip();
  }

  private static String record(String id, String title, String text) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\""
        + title
        // declared English: the synthetic, name-heavy text is not what language detection is for
        + "\",\"published\":\"2017-07-11\",\"language\":\"en\",\"text\":\""
        + text
        + "\"}\n";
  }

  private Map<String, JsonNode> exportedDocuments(Engine e) throws IOException {
    Path out = tmp.resolve("out-" + System.nanoTime());
    e.exportJsonl(out);
    Map<String, JsonNode> documents = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
      JsonNode d = JSON.readTree(line);
      documents.put(d.get("id").asText(), d);
    }
    return documents;
  }

  @Test
  void aLightlyEditedCopyIsStoredAsANearDuplicateOfTheFirst() throws IOException {
    String original = longReport("Velgrad");
    String copy =
        original.replace(
            "Witness 20 said Haddar met Sarraji at dawn",
            "Witness 20" + " said Haddar met Sarraji at dusk");
    String unrelated =
        longReport("Oldbridge").replace("Witness", "Delegate").replace("at dawn", "for talks");
    assertThat(copy).isNotEqualTo(original);
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a.jsonl"),
        record("orig", "Haddar meets Sarraji", original)
            + record("copy", "Wire copy: Haddar and Sarraji meet", copy)
            + record("other", "Talks in Oldbridge", unrelated),
        StandardCharsets.UTF_8);
    Path later = Files.createDirectories(tmp.resolve("later"));
    Files.writeString(
        later.resolve("b.jsonl"),
        record("late", "Republished", original.replace("Witness 33", "Witness number 33")),
        StandardCharsets.UTF_8);
    try (Engine e = engine(tmp.resolve("kb"), 3)) {
      IngestSummary s = e.ingest(List.of(in), IngestDefaults.NONE, IngestListener.NONE);
      assertThat(s.ingested()).isEqualTo(3);
      // a later run finds the original in the store
      assertThat(e.ingest(List.of(later), IngestDefaults.NONE, IngestListener.NONE).ingested())
          .isEqualTo(1);
      Map<String, JsonNode> documents = exportedDocuments(e);
      assertThat(documents.get("d-orig").get("duplicate_of").isNull()).isTrue();
      assertThat(documents.get("d-copy").get("duplicate_of").asText()).isEqualTo("d-orig");
      assertThat(documents.get("d-other").get("duplicate_of").isNull()).isTrue();
      assertThat(documents.get("d-late").get("duplicate_of").asText()).isEqualTo("d-orig");
      // the copy is still a document of its own, with its own mentions
      assertThat(e.knowledgeBase().mentionsOfDocument("d-copy")).isNotEmpty();
    }
  }
}
