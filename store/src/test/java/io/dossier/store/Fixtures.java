// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.Ids;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;

/** Articles and resolved documents built by hand. */
final class Fixtures {

  private Fixtures() {}

  static Article article(String id, String text) {
    return new Article(
        id,
        "corpus/" + id + ".txt",
        "VOA",
        "Title of " + id,
        LocalDate.of(2017, 7, 24),
        PublishedBasis.METADATA,
        "en",
        text,
        List.of(),
        null,
        Ids.sha256(text),
        null);
  }

  /** The span of the {@code occurrence}-th (0-based) {@code surface} in the article text. */
  static Span span(Article article, String surface, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = article.text().indexOf(surface, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + surface + "' #" + occurrence + " not in text");
      }
    }
    return new Span(at, at + surface.length());
  }

  static ResolvedMention mention(
      Article article, String entity, String surface, int occurrence, String rule) {
    return new ResolvedMention(
        entity, article.id(), span(article, surface, occurrence), surface, null, rule);
  }

  static TimeExpression time(Article article, String surface, String value) {
    return new TimeExpression(span(article, surface, 0), surface, "DATE", value);
  }

  static ResolvedDocument resolved(
      Article article,
      List<EntityHead> newEntities,
      List<ResolvedMention> mentions,
      List<EntityKey> keys) {
    return resolved(article, List.of(), newEntities, mentions, keys);
  }

  static ResolvedDocument resolved(
      Article article,
      List<TimeExpression> times,
      List<EntityHead> newEntities,
      List<ResolvedMention> mentions,
      List<EntityKey> keys) {
    return new ResolvedDocument(
        new DocumentAnalysis(article, List.of(), times), newEntities, mentions, keys);
  }

  static ResolvedDocument plain(Article article) {
    return resolved(article, List.of(), List.of(), List.of());
  }
}
