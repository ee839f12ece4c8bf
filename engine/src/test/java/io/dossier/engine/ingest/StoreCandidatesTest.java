// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.Ids;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.resolve.CandidateLookup;
import io.dossier.resolve.EntityResolver;
import io.dossier.store.SqliteKnowledgeBase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store adapter of resolution, with a resolver whose keys are coarser than names. */
class StoreCandidatesTest {

  /** Keys: the lower-cased name, and the consonant skeleton of each of its words. */
  static final EntityResolver SKELETONS =
      new EntityResolver() {
        @Override
        public ResolvedDocument resolve(DocumentAnalysis analysis, CandidateLookup lookup) {
          throw new UnsupportedOperationException("keys only");
        }

        @Override
        public List<EntityKey> keys(EntityHead entity, Collection<String> names) {
          Set<String> keys = new LinkedHashSet<>();
          for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            keys.add(lower);
            for (String word : lower.split(" ")) {
              keys.add(word.replaceAll("[aeiou]", ""));
            }
          }
          List<EntityKey> out = new ArrayList<>();
          keys.forEach(k -> out.add(new EntityKey(k, entity.type(), entity.id())));
          return out;
        }
      };

  static final EntityHead HAFTAR = new EntityHead("e-haftar", EntityType.PERSON, "Khalifa Haftar");
  static final EntityHead HIFTER = new EntityHead("e-hifter", EntityType.PERSON, "Hifter");

  @TempDir Path dir;
  SqliteKnowledgeBase kb;
  CandidateLookup candidates;

  @BeforeEach
  void open() {
    kb = SqliteKnowledgeBase.open(dir);
    candidates = new StoreCandidates(kb, SKELETONS);
    String text = "Khalifa Haftar spoke. Hifter listened.";
    Article article =
        new Article(
            "d-one",
            "one.txt",
            null,
            null,
            null,
            PublishedBasis.UNKNOWN,
            "en",
            text,
            List.of(),
            null,
            Ids.sha256(text),
            null);
    kb.commit(
        new ResolvedDocument(
            new DocumentAnalysis(article, List.of(), List.of()),
            List.of(HAFTAR),
            List.of(
                new ResolvedMention(
                    HAFTAR.id(), "d-one", new Span(0, 14), "Khalifa Haftar", null, "canonical"),
                new ResolvedMention(
                    HAFTAR.id(), "d-one", new Span(22, 28), "Hifter", null, "partial-name")),
            SKELETONS.keys(HAFTAR, List.of("Khalifa Haftar", "Hifter"))));
  }

  @AfterEach
  void close() {
    kb.close();
  }

  @Test
  void withoutDecisionsTheStoreAnswersAsItIs() {
    assertThat(candidates.find(EntityType.PERSON, "hifter")).containsExactly(HAFTAR);
    assertThat(candidates.find(EntityType.PERSON, "hftr")).containsExactly(HAFTAR);
    assertThat(candidates.find(EntityType.LOCATION, "hftr")).isEmpty();
    assertThat(candidates.names(HAFTAR.id())).hasSize(2);
    assertThat(candidates.forbiddenNames(HAFTAR.id())).isEmpty();
  }

  @Test
  void aKeyOnlyASplitOffNameGivesNoLongerFindsTheOldEntity() {
    kb.split(
        HAFTAR.id(),
        "Hifter",
        HIFTER,
        SKELETONS.keys(HIFTER, List.of("Hifter")),
        Instant.parse("2017-08-01T00:00:00Z"));

    assertThat(candidates.find(EntityType.PERSON, "hifter")).containsExactly(HIFTER);
    // the old entity's own name gives the coarse key too: it stays a candidate, and the resolver
    // sees the split-off name to decide
    assertThat(candidates.find(EntityType.PERSON, "hftr")).containsExactly(HAFTAR, HIFTER);
    assertThat(candidates.forbiddenNames(HAFTAR.id())).containsExactly("Hifter");
    StoreCandidates bounded = new StoreCandidates(kb, SKELETONS);
    assertThat(bounded.find(EntityType.PERSON, "hifter", 5)).containsExactly(HIFTER);
    // a full list means "too common to decide by" and is passed on as read
    assertThat(bounded.find(EntityType.PERSON, "hftr", 1)).containsExactly(HAFTAR);
    assertThat(candidates.names(HAFTAR.id()))
        .extracting(a -> a.name())
        .containsExactly("Khalifa Haftar");
  }
}
