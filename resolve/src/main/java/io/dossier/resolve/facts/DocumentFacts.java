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
 * @param snippets when compacted ({@link #compact()}): the article text is dropped and these are
 *     the passages merging and linking read, by span; empty otherwise
 */
public record DocumentFacts(
    Article article,
    List<EventMention> events,
    Map<Integer, Geocode> geocodes,
    List<ClaimMention> claims,
    List<ResolvedMention> mentions,
    Map<Span, String> snippets) {

  public DocumentFacts {
    Objects.requireNonNull(article, "article");
    events = List.copyOf(events);
    geocodes = Map.copyOf(geocodes);
    claims = List.copyOf(claims);
    mentions = List.copyOf(mentions);
    snippets = Map.copyOf(snippets);
  }

  /** A document's facts with its whole text. */
  public DocumentFacts(
      Article article,
      List<EventMention> events,
      Map<Integer, Geocode> geocodes,
      List<ClaimMention> claims,
      List<ResolvedMention> mentions) {
    this(article, events, geocodes, claims, mentions, Map.of());
  }

  /**
   * The same facts holding only what cross-article merging and linking read: the passages of its
   * event sentences and claim pieces instead of the whole text, and the entity mentions inside
   * event actors, places, speakers and claim pieces (plus those named as a speaker's organisation).
   * Many documents then fit in memory at once; every lookup gives what it gave before.
   */
  public DocumentFacts compact() {
    if (article.text().isEmpty()) {
      return this;
    }
    String text = article.text();
    Map<Span, String> kept = new java.util.HashMap<>();
    List<Span> around = new java.util.ArrayList<>();
    java.util.Set<String> named = new java.util.HashSet<>();
    for (EventMention e : events) {
      kept.put(e.sentence(), e.sentence().of(text));
      e.actors().forEach(a -> around.add(a.span()));
      if (e.place() != null) {
        around.add(e.place().span());
      }
    }
    for (ClaimMention c : claims) {
      kept.put(c.provenance().span(), c.provenance().span().of(text));
      for (Span piece : c.pieces()) {
        if (piece.end() <= text.length()) {
          kept.put(piece, piece.of(text));
        }
        around.add(piece);
      }
      if (c.speaker() != null) {
        around.add(c.speaker().span());
        if (c.speaker().onBehalfOf() != null) {
          String name = c.speaker().onBehalfOf().toLowerCase(java.util.Locale.ROOT);
          named.add(name);
          named.add(name.replaceFirst("^the\\s+", ""));
        }
      }
    }
    List<ResolvedMention> needed =
        mentions.stream()
            .filter(
                m ->
                    named.contains(m.text().toLowerCase(java.util.Locale.ROOT))
                        || around.stream().anyMatch(s -> s.contains(m.span())))
            .toList();
    Article bare =
        new Article(
            article.id(),
            article.source(),
            article.outlet(),
            article.title(),
            article.published(),
            article.publishedBasis(),
            article.language(),
            "",
            List.of(),
            article.url(),
            article.contentHash(),
            article.duplicateOf());
    return new DocumentFacts(bare, events, geocodes, claims, needed, kept);
  }

  /** Whether {@link #text} can give the text of {@code span}. */
  public boolean hasText(Span span) {
    return snippets.containsKey(span) || span.end() <= article.text().length();
  }

  /** The text of {@code span}: from the article, or from the snippets kept when compacted. */
  public String text(Span span) {
    String kept = snippets.get(span);
    if (kept != null) {
      return kept;
    }
    if (span.end() > article.text().length()) {
      throw new IllegalStateException(
          "no text for " + span + " of " + article.id() + " (compacted without it)");
    }
    return span.of(article.text());
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
