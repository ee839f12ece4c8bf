// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import static io.dossier.spark.Articles.article;
import static io.dossier.spark.Articles.org;
import static io.dossier.spark.Articles.person;
import static io.dossier.spark.Articles.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.engine.Engine;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.ResolvedDocument;
import io.dossier.resolve.CandidateLookup;
import io.dossier.resolve.EntityResolver;
import io.dossier.resolve.InMemoryCandidates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Resolving each group of articles linked by shared blocking keys on its own, in input order,
 * decides exactly as resolving all articles one after the other against one knowledge base.
 */
class GroupResolutionTest {

  private static List<DocumentAnalysis> corpus() {
    return List.of(
        article("d1", person("Khalifa Haftar", "Haftar"), org("Libyan National Army", "LNA")),
        article("d2", person("Fayez al-Sarraj", "Sarraj"), place("Tripoli")),
        article("d3", person("Khalifa Hifter"), org("LNA"), place("Benghazi")),
        article("d4", person("Hussein Hassan"), person("Hassan")),
        article("d5", person("Haftar")),
        article("d6", org("United Nations Support Mission in Libya", "UNSMIL")),
        article("d7", person("Hasan"), org("UNSMIL")),
        article("d8", person("Mahmoud al-Werfalli", "Werfalli"), place("Berlin")),
        article("d9", person("Haftar Khalifa"), place("Banghazi")),
        article("d10", place("Oman"), place("Amman")),
        article("d11", person("Fayez Sarraj")),
        article("d12", person("Mahmud Warfalli")));
  }

  @Test
  void groupsResolvedApartDecideAsOneSequentialRun() {
    EntityResolver resolver = Engine.standardResolver();
    List<DocumentAnalysis> docs = corpus();

    InMemoryCandidates one = new InMemoryCandidates();
    List<ResolvedDocument> sequential = new ArrayList<>();
    for (DocumentAnalysis d : docs) {
      ResolvedDocument r = resolver.resolve(d, one);
      one.apply(r);
      sequential.add(r);
    }

    Map<Integer, List<Integer>> groups = groups(docs);
    assertThat(groups).hasSizeGreaterThan(3);
    Map<Integer, ResolvedDocument> grouped = new HashMap<>();
    for (List<Integer> group : groups.values()) {
      GroupResolution resolution = new GroupResolution(resolver, UnaryOperator.identity());
      for (int i : group) {
        DocumentAnalysis d = docs.get(i);
        grouped.put(i, resolution.resolve(d, BlockingKeys.of(d)));
      }
    }
    for (int i = 0; i < docs.size(); i++) {
      assertThat(grouped.get(i)).as(docs.get(i).article().id()).isEqualTo(sequential.get(i));
    }
    // resolution did link across articles
    assertThat(sequential.get(2).newEntities()).hasSizeLessThan(3);
  }

  /** Connected components of "shares a key", members in input order (union-find). */
  private static Map<Integer, List<Integer>> groups(List<DocumentAnalysis> docs) {
    int[] parent = new int[docs.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Long, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      for (long k : BlockingKeys.of(docs.get(i))) {
        Integer other = firstWithKey.putIfAbsent(k, i);
        if (other != null) {
          parent[find(parent, i)] = find(parent, other);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
    }
    return groups;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  @Test
  void transliteratedSpellingsShareABlockingKeyAndUnrelatedNamesDoNot() {
    long[] haftar = BlockingKeys.of(article("a", person("Khalifa Haftar")));
    long[] hifter = BlockingKeys.of(article("b", person("Hifter")));
    long[] berlin = BlockingKeys.of(article("c", place("Berlin")));
    assertThat(haftar).containsAnyOf(hifter);
    assertThat(haftar).doesNotContain(berlin);
  }

  @Test
  void aLookupOutsideTheArticlesBlockingKeysFails() {
    EntityResolver strayLookup =
        new EntityResolver() {
          @Override
          public ResolvedDocument resolve(DocumentAnalysis analysis, CandidateLookup lookup) {
            lookup.find(EntityType.PERSON, "n:someone else entirely");
            return new ResolvedDocument(analysis, List.of(), List.of(), List.of());
          }

          @Override
          public List<EntityKey> keys(EntityHead entity, Collection<String> names) {
            return List.of();
          }
        };
    DocumentAnalysis d = article("d1", person("Khalifa Haftar"));
    GroupResolution resolution = new GroupResolution(strayLookup, UnaryOperator.identity());
    assertThatThrownBy(() -> resolution.resolve(d, BlockingKeys.of(d)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not among its blocking keys");
  }
}
