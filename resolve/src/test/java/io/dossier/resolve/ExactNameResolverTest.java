// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.LocalEntity;
import io.dossier.model.Provenance;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ExactNameResolverTest {
  private final ExactNameResolver resolver = new ExactNameResolver();
  private final Map<String, List<EntityHead>> kb = new HashMap<>();
  private final CandidateLookup lookup =
      (type, key) -> kb.getOrDefault(type + "|" + key, List.of());

  @Test
  void firstMentionCreatesEntityWithStableId() {
    ResolvedDocument first = resolver.resolve(doc("d-1", person("Idris Haddar")), lookup);
    ResolvedDocument again = resolver.resolve(doc("d-1", person("Idris Haddar")), lookup);

    assertThat(first.newEntities()).hasSize(1);
    assertThat(first.newEntities().get(0).id()).isEqualTo(again.newEntities().get(0).id());
    assertThat(first.mentions()).extracting(ResolvedMention::rule).containsExactly("canonical");
  }

  @Test
  void sameNormalizedNameInLaterArticleJoinsExistingEntity() {
    ResolvedDocument first = resolver.resolve(doc("d-1", person("Idris Haddar")), lookup);
    remember(first);

    ResolvedDocument second = resolver.resolve(doc("d-2", person("IDRIS  HADDAR")), lookup);

    assertThat(second.newEntities()).isEmpty();
    assertThat(second.mentions())
        .extracting(ResolvedMention::entity, ResolvedMention::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first.newEntities().get(0).id(), "exact-name"));
  }

  @Test
  void transliterationVariantsStayApartInTheExactResolver() {
    remember(resolver.resolve(doc("d-1", person("Idris Haddar")), lookup));

    ResolvedDocument second = resolver.resolve(doc("d-2", person("Idris Hiddar")), lookup);

    assertThat(second.newEntities()).hasSize(1);
  }

  @Test
  void typesMustAgree() {
    remember(resolver.resolve(doc("d-1", person("Karesh")), lookup));

    ResolvedDocument second =
        resolver.resolve(doc("d-2", entity(EntityType.LOCATION, "Karesh", null)), lookup);

    assertThat(second.newEntities()).hasSize(1);
  }

  @Test
  void definedAcronymMakesEntityFindableByAcronym() {
    remember(
        resolver.resolve(
            doc("d-1", entity(EntityType.ORGANIZATION, "Karesh National Army", "KNA")), lookup));

    ResolvedDocument second =
        resolver.resolve(doc("d-2", entity(EntityType.ORGANIZATION, "KNA", null)), lookup);

    assertThat(second.newEntities()).isEmpty();
    assertThat(second.keys()).extracting(k -> k.key()).containsExactly("kna");
  }

  @Test
  void twoLocalEntitiesWithOneKeyInOneArticleShareTheNewEntity() {
    ResolvedDocument resolved =
        resolver.resolve(
            doc(
                "d-1",
                entity(EntityType.ORGANIZATION, "Karesh National Army", "KNA"),
                entity(EntityType.ORGANIZATION, "KNA", null)),
            lookup);

    assertThat(resolved.newEntities()).hasSize(1);
    assertThat(resolved.mentions())
        .extracting(ResolvedMention::entity)
        .containsOnly(resolved.newEntities().get(0).id());
  }

  @Test
  void exactKeyIgnoresCaseDiacriticsPunctuationAndLeadingThe() {
    assertThat(NameKeys.exact("the Karesh  National-Army")).isEqualTo("karesh national army");
    assertThat(NameKeys.exact("Mu’ammar al-Qaddafi")).isEqualTo("muammar al qaddafi");
    assertThat(NameKeys.exact("Kadhafi")).isNotEqualTo(NameKeys.exact("Gaddafi"));
  }

  private void remember(ResolvedDocument doc) {
    doc.keys()
        .forEach(
            k -> {
              EntityHead head =
                  doc.newEntities().stream()
                      .filter(e -> e.id().equals(k.entity()))
                      .findFirst()
                      .orElseGet(() -> new EntityHead(k.entity(), k.type(), k.key()));
              kb.computeIfAbsent(k.type() + "|" + k.key(), x -> new ArrayList<>()).add(head);
            });
  }

  private static LocalEntity person(String name) {
    return entity(EntityType.PERSON, name, null);
  }

  private static int offset = 0;

  private static LocalEntity entity(EntityType type, String name, @Nullable String acronym) {
    Span span = new Span(offset, offset + name.length());
    offset += name.length() + 1;
    EntityMention mention =
        new EntityMention(
            new Provenance("d", span, "ner:test", "1"), name, type, null, "canonical");
    return new LocalEntity(0, type, name, acronym, List.of(mention));
  }

  private static DocumentAnalysis doc(String id, LocalEntity... entities) {
    List<LocalEntity> indexed = new ArrayList<>();
    for (int i = 0; i < entities.length; i++) {
      LocalEntity e = entities[i];
      indexed.add(new LocalEntity(i, e.type(), e.name(), e.acronym(), e.mentions()));
    }
    Article article =
        new Article(
            id,
            id + ".txt",
            null,
            null,
            null,
            PublishedBasis.UNKNOWN,
            "en",
            "text",
            List.of(),
            null,
            "hash-" + id,
            null);
    return new DocumentAnalysis(article, indexed, List.of());
  }
}
