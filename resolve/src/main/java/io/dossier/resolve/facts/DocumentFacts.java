// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import io.dossier.model.Article;
import io.dossier.model.ClaimMention;
import io.dossier.model.EventMention;
import io.dossier.model.Geocode;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one stored document contributes to cross-article resolution of events and claims.
 *
 * @param article the document (text, outlet, publication date, duplicate_of)
 * @param events its event mentions
 * @param geocodes gazetteer coordinates of its event places, by event index
 * @param claims its claim mentions
 * @param mentions its entity mentions, linked to resolved (curated) entities
 */
public record DocumentFacts(
    Article article,
    List<EventMention> events,
    Map<Integer, Geocode> geocodes,
    List<ClaimMention> claims,
    List<ResolvedMention> mentions) {

  public DocumentFacts {
    Objects.requireNonNull(article, "article");
    events = List.copyOf(events);
    geocodes = Map.copyOf(geocodes);
    claims = List.copyOf(claims);
    mentions = List.copyOf(mentions);
  }

  /** The document id. */
  public String id() {
    return article.id();
  }

  /** The resolved entity of the first entity mention inside {@code span}, if any. */
  public @Nullable String entityWithin(Span span) {
    for (ResolvedMention m : mentions) {
      if (span.contains(m.span())) {
        return m.entity();
      }
    }
    return null;
  }

  /** Every resolved entity mentioned inside {@code span}, in text order, without repeats. */
  public List<String> entitiesWithin(Span span) {
    return mentions.stream()
        .filter(m -> span.contains(m.span()))
        .map(ResolvedMention::entity)
        .distinct()
        .toList();
  }

  /**
   * The resolved entity of the mention written {@code name} (a leading "the" aside) nearest to
   * {@code near}, if any.
   */
  public @Nullable String entityNamed(String name, Span near) {
    String bare = name.replaceFirst("(?i)^the\\s+", "");
    ResolvedMention best = null;
    for (ResolvedMention m : mentions) {
      if ((m.text().equalsIgnoreCase(name) || m.text().equalsIgnoreCase(bare))
          && (best == null
              || Math.abs(m.span().start() - near.start())
                  < Math.abs(best.span().start() - near.start()))) {
        best = m;
      }
    }
    return best == null ? null : best.entity();
  }

  /** The key under which this document counts as a source: its outlet, else its id. */
  public String sourceName() {
    return article.outlet() != null ? article.outlet() : article.id();
  }
}
