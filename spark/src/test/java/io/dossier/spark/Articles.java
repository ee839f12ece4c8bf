// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.LocalEntity;
import io.dossier.model.Provenance;
import io.dossier.model.PublishedBasis;
import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds analysed articles by hand: local entities with their mentions, as the extractor would (as
 * the resolve module's tests do).
 */
final class Articles {

  /** A local entity before it is placed in an article. */
  record Local(EntityType type, String name, @Nullable String acronym, List<String[]> others) {}

  private Articles() {}

  /** A person named once by {@code name}, then by each of {@code surnames} alone. */
  static Local person(String name, String... surnames) {
    List<String[]> others = new ArrayList<>();
    for (String s : surnames) {
      others.add(new String[] {s, "surname-of-full-name"});
    }
    return new Local(EntityType.PERSON, name, null, others);
  }

  static Local org(String name) {
    return new Local(EntityType.ORGANIZATION, name, null, List.of());
  }

  /** An organisation whose article defines {@code acronym} and uses it once. */
  static Local org(String name, String acronym) {
    List<String[]> others = new ArrayList<>();
    others.add(new String[] {acronym, "acronym-defined-in-text"});
    return new Local(EntityType.ORGANIZATION, name, acronym, others);
  }

  static Local place(String name) {
    return new Local(EntityType.LOCATION, name, null, List.of());
  }

  /** An article with these entities, in this order, each mention a sentence of the text. */
  static DocumentAnalysis article(String id, Local... locals) {
    StringBuilder text = new StringBuilder();
    List<LocalEntity> entities = new ArrayList<>();
    for (int i = 0; i < locals.length; i++) {
      Local l = locals[i];
      List<EntityMention> mentions = new ArrayList<>();
      mentions.add(mention(id, text, l.type(), l.name(), "canonical"));
      for (String[] other : l.others()) {
        mentions.add(mention(id, text, l.type(), other[0], other[1]));
      }
      entities.add(new LocalEntity(i, l.type(), l.name(), l.acronym(), mentions));
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
            text.toString(),
            List.of(),
            null,
            "hash-" + id,
            null);
    return new DocumentAnalysis(article, entities, List.of());
  }

  private static EntityMention mention(
      String document, StringBuilder text, EntityType type, String name, String link) {
    int start = text.length();
    text.append(name).append(" said. ");
    return new EntityMention(
        new Provenance(document, new Span(start, start + name.length()), "ner:test", "1"),
        name,
        type,
        null,
        link);
  }
}
