// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.engine.ingest.IngestListener;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.ingest.IngestDefaults;
import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.PublishedBasis;
import io.dossier.store.SqliteKnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles in other languages than English are stored, flagged and not analysed. */
class LanguageSkipTest {
  // invented snippets, long enough to be identified
  private static final String FRENCH =
      "Haddar a rencontré Sarraji lundi à Paris. Les deux hommes ont discuté pendant trois heures"
          + " de la situation dans le pays, et ils ont promis de se revoir avant la fin du mois si"
          + " les négociations avancent comme prévu.";
  private static final String ENGLISH = "Haddar met Sarraji on Monday. Later Haddar left.";
  private static final String SPANISH_WITH_GIVEN_GERMAN =
      "Haddar se reunió con Sarraji el lunes en París. Los dos hombres hablaron durante tres"
          + " horas.";

  @TempDir Path tmp;

  private static ArticleProcessor processor() {
    return new ArticleProcessor(
        new FakeAnnotation(Set.of("Haddar", "Sarraji"), true), ArticleProcessor.standardStages());
  }

  private Path jsonl(String... lines) throws IOException {
    Path file = tmp.resolve("in.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void otherLanguagesAreStoredFlaggedAndCountedButNotAnalysed() throws IOException {
    Path in =
        jsonl(
            "{\"id\":\"en\",\"text\":\"" + ENGLISH + "\"}",
            "{\"id\":\"fr\",\"text\":\"" + FRENCH + "\"}",
            "{\"id\":\"de\",\"language\":\"de\",\"text\":\"" + SPANISH_WITH_GIVEN_GERMAN + "\"}");
    Path store = tmp.resolve("kb");
    try (Engine e =
        Engine.of(
            new EngineConfig(store, 2),
            SqliteKnowledgeBase.open(store),
            LanguageSkipTest::processor)) {
      IngestSummary s = e.ingest(List.of(in), IngestDefaults.NONE, IngestListener.NONE);

      assertThat(s.ingested()).isEqualTo(3);
      assertThat(s.failed()).isZero();
      assertThat(s.notAnalysed()).isEqualTo(Map.of("de", 1, "fr", 1));
      assertThat(s.describeNotAnalysed())
          .containsExactly("not analysed (language de): 1", "not analysed (language fr): 1");
      assertThat(e.knowledgeBase().document("d-fr")).map(Article::language).contains("fr");
      assertThat(e.knowledgeBase().document("d-de")).map(Article::language).contains("de");
      assertThat(e.knowledgeBase().document("d-en")).map(Article::language).contains("en");
      // only the English article has entities
      assertThat(e.knowledgeBase().entities(0, 100))
          .isNotEmpty()
          .allSatisfy(en -> assertThat(en.documents()).containsOnly("d-en"));
    }
  }

  @Test
  void onlyOtherLanguagesNeverLoadTheModels() throws IOException {
    Path in = jsonl("{\"id\":\"fr\",\"text\":\"" + FRENCH + "\"}");
    Path store = tmp.resolve("kb2");
    try (Engine e =
        Engine.of(
            new EngineConfig(store, 1),
            SqliteKnowledgeBase.open(store),
            () -> {
              throw new AssertionError("the processor must not be created");
            })) {
      IngestSummary s = e.ingest(List.of(in), IngestDefaults.NONE, IngestListener.NONE);

      assertThat(s.ingested()).isEqualTo(1);
      assertThat(s.failed()).isZero();
    }
  }

  @Test
  void theProcessorGivesAnEmptyAnalysisForOtherLanguages() {
    Article french =
        new Article(
            "d-1",
            "a.txt",
            null,
            null,
            null,
            PublishedBasis.UNKNOWN,
            "fr",
            FRENCH,
            List.of(),
            null,
            "h",
            null);
    DocumentAnalysis analysis = processor().process(french);

    assertThat(ArticleProcessor.analyses(french)).isFalse();
    assertThat(analysis.entities()).isEmpty();
    assertThat(analysis.times()).isEmpty();
    assertThat(analysis.article()).isEqualTo(french);
  }
}
