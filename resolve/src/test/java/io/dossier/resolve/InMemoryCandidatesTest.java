// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import static io.dossier.resolve.Articles.article;
import static io.dossier.resolve.Articles.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.model.Alias;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.ResolvedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryCandidatesTest {
  private final TransliterationResolver resolver = new TransliterationResolver();
  private final InMemoryCandidates kb = new InMemoryCandidates();

  private ResolvedDocument ingest(String id, Articles.Local... locals) {
    ResolvedDocument doc = resolver.resolve(article(id, locals), kb);
    kb.apply(doc);
    return doc;
  }

  @Test
  void findReturnsEntitiesOldestFirstEvenWhenAnOlderOneGainsTheKeyLater() {
    ResolvedDocument older = ingest("d-1", person("Idris Karesh"));
    ResolvedDocument newer = ingest("d-2", person("Salem Karesh"));
    String olderId = older.newEntities().get(0).id();
    kb.apply(
        new ResolvedDocument(
            article("d-3", person("Idris Karesh")),
            List.of(),
            List.of(),
            List.of(new EntityKey("x:late", EntityType.PERSON, olderId))));
    kb.apply(
        new ResolvedDocument(
            article("d-4", person("Salem Karesh")),
            List.of(),
            List.of(),
            List.of(new EntityKey("x:late", EntityType.PERSON, newer.newEntities().get(0).id()))));

    assertThat(kb.find(EntityType.PERSON, "s:karac"))
        .extracting(EntityHead::name)
        .containsExactly("Idris Karesh", "Salem Karesh");
    assertThat(kb.find(EntityType.PERSON, "x:late"))
        .extracting(EntityHead::name)
        .containsExactly("Idris Karesh", "Salem Karesh");
    assertThat(kb.find(EntityType.LOCATION, "s:karac")).isEmpty();
  }

  @Test
  void namesCountMentionsMostUsedFirstWithTheirFirstRule() {
    ResolvedDocument d1 = ingest("d-1", person("Idris Karesh", "Karesh", "Karesh"));
    String id = d1.newEntities().get(0).id();

    assertThat(kb.names(id))
        .containsExactly(
            new Alias("Karesh", 2, "surname-of-full-name"),
            new Alias("Idris Karesh", 1, "canonical"));
  }

  @Test
  void mergeRedirectsFindAndCombinesNamesAndForbiddenNames() {
    String a = ingest("d-1", person("Idris Karesh")).newEntities().get(0).id();
    String b = ingest("d-2", person("Salem Karesh")).newEntities().get(0).id();
    kb.forbid(b, "Salim Karesh");

    kb.merge(a, b);

    assertThat(kb.find(EntityType.PERSON, "s:karac")).extracting(EntityHead::id).containsExactly(a);
    assertThat(kb.names(b))
        .extracting(Alias::name)
        .containsExactlyInAnyOrder("Idris Karesh", "Salem Karesh");
    assertThat(kb.forbiddenNames(a)).containsExactly("Salim Karesh");
    assertThat(kb.entity(b)).map(EntityHead::id).contains(a);
    assertThat(kb.entities()).extracting(EntityHead::id).containsExactly(a);
    assertThat(kb.size()).isEqualTo(1);
  }

  @Test
  void applyRejectsMentionsOfUnknownEntities() {
    ResolvedDocument d = resolver.resolve(article("d-1", person("Idris Karesh")), kb);
    ResolvedDocument broken = new ResolvedDocument(d.analysis(), List.of(), d.mentions(), d.keys());

    assertThatThrownBy(() -> kb.apply(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown entity");
    assertThat(kb.size()).isZero();
  }

  @Test
  void forbidAndMergeNeedKnownEntities() {
    assertThatThrownBy(() -> kb.forbid("e-none", "X"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("e-none");
  }
}
