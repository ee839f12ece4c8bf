// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the per-article stages found in one article: the input to cross-article resolution and
 * to the store.
 *
 * @param article the article
 * @param entities within-document entities with their mentions
 * @param times normalized time expressions
 * @param events event mentions, in text order
 * @param claims claim mentions, in text order
 */
public record DocumentAnalysis(
    Article article,
    List<LocalEntity> entities,
    List<TimeExpression> times,
    List<EventMention> events,
    List<ClaimMention> claims) {
  public DocumentAnalysis {
    Objects.requireNonNull(article, "article");
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    events = List.copyOf(events);
    claims = List.copyOf(claims);
  }

  /** The same analysis of a changed article record (e.g. marked as a duplicate). */
  public DocumentAnalysis withArticle(Article changed) {
    return new DocumentAnalysis(changed, entities, times, events, claims);
  }

  /** An analysis with entities and times only. */
  public DocumentAnalysis(Article article, List<LocalEntity> entities, List<TimeExpression> times) {
    this(article, entities, times, List.of(), List.of());
  }
}
