// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import io.dossier.model.Article;
import io.dossier.model.Claim;
import io.dossier.model.Entity;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.Event;
import io.dossier.resolve.EntityResolver;
import io.dossier.store.ClaimQuery;
import io.dossier.store.EventQuery;
import io.dossier.store.KnowledgeBase;
import io.dossier.store.SearchHit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The search behind the search page and {@code /api/search}: full-text hits of the store, plus the
 * entities whose names are spellings of the query (the resolver's transliteration keys: "Hifter"
 * finds Haftar even where full text does not), grouped into entities and documents, with facets
 * counted over everything found and filters applied afterwards.
 */
final class CorpusSearch {

  /** The most full-text hits read for one search, whatever the page asked for. */
  static final int MAX_WINDOW = 2_000;

  /** Entities read per blocking key of the query. */
  private static final int PER_KEY = 20;

  /** Key kinds that name the whole query as a name (not a skeleton, a given name or initials). */
  private static final List<String> NAME_KEYS = List.of("n:", "p:", "s:", "v:", "a:");

  private static final String UNKNOWN = "unknown";

  private final KnowledgeBase kb;
  private final EntityResolver resolver;

  CorpusSearch(KnowledgeBase kb, EntityResolver resolver) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** Narrowing of results by facet value; {@code null} fields do not filter. */
  record Filters(@Nullable String type, @Nullable String outlet, @Nullable String month) {
    static final Filters NONE = new Filters(null, null, null);

    boolean any() {
      return type != null || outlet != null || month != null;
    }
  }

  /** One facet value and how many results carry it. */
  record Facet(String value, int count) {}

  /**
   * Everything a search found.
   *
   * @param entities the page of matching entities (after filters)
   * @param documents the page of matching documents (after filters)
   * @param totalEntities matching entities after filters, before paging
   * @param totalDocuments matching documents after filters, before paging
   * @param types facet: entity type over all entities found
   * @param outlets facet: outlet over all documents found
   * @param months facet: publication month ({@code yyyy-MM}) over all documents found
   * @param events the page of merged events of the best matching entities (month filter: events
   *     whose date overlaps it)
   * @param claims the page of claims by or about the best matching entities (outlet filter)
   * @param totalEvents their events (exact for one entity, at most this with several)
   * @param totalClaims their claims (likewise)
   */
  record Result(
      List<Entity> entities,
      List<Article> documents,
      int totalEntities,
      int totalDocuments,
      List<Facet> types,
      List<Facet> outlets,
      List<Facet> months,
      List<Event> events,
      List<Claim> claims,
      long totalEvents,
      long totalClaims) {}

  /** Entities (best matches first) whose events and claims a search lists. */
  static final int FACT_ENTITIES = 3;

  /** Searches; {@code offset} and {@code limit} page each group separately. */
  Result search(String query, Filters filters, int offset, int limit) {
    int window = Math.min(MAX_WINDOW, Math.max(100, (offset + limit) * 4));
    List<SearchHit> hits = kb.search(query, window);
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (EntityHead head : spellings(query)) {
      kb.entity(head.id()).ifPresent(e -> entities.putIfAbsent(e.id(), e));
    }
    List<Article> documents = new ArrayList<>();
    Set<String> seenDocuments = new LinkedHashSet<>();
    for (SearchHit hit : hits) {
      if (SearchHit.ENTITY.equals(hit.kind())) {
        if (!entities.containsKey(hit.id())) {
          kb.entity(hit.id()).ifPresent(e -> entities.putIfAbsent(e.id(), e));
        }
      } else if (seenDocuments.add(hit.id())) {
        kb.document(hit.id()).ifPresent(documents::add);
      }
    }
    List<Entity> allEntities = List.copyOf(entities.values());
    List<Facet> types = facet(allEntities, e -> e.type().name());
    List<Facet> outlets = facet(documents, CorpusSearch::outlet);
    List<Facet> months = facet(documents, CorpusSearch::month);
    months = months.stream().sorted(Comparator.comparing(Facet::value).reversed()).toList();
    List<Entity> keptEntities =
        allEntities.stream()
            .filter(e -> filters.type() == null || e.type().name().equals(filters.type()))
            .toList();
    List<Article> keptDocuments =
        documents.stream()
            .filter(a -> filters.outlet() == null || outlet(a).equals(filters.outlet()))
            .filter(a -> filters.month() == null || month(a).equals(filters.month()))
            .toList();
    List<Entity> top = keptEntities.subList(0, Math.min(FACT_ENTITIES, keptEntities.size()));
    LocalDate from = null;
    LocalDate to = null;
    if (filters.month() != null && !filters.month().equals(UNKNOWN)) {
      YearMonth m = YearMonth.parse(filters.month());
      from = m.atDay(1);
      to = m.atEndOfMonth();
    }
    Map<String, Event> events = new LinkedHashMap<>();
    Map<String, Claim> claims = new LinkedHashMap<>();
    long totalEvents = 0;
    long totalClaims = 0;
    for (Entity e : top) {
      EventQuery eq = new EventQuery(e.id(), null, from, to, null, 0, offset + limit);
      kb.events(eq).forEach(v -> events.putIfAbsent(v.id(), v));
      totalEvents += kb.eventCount(eq);
      ClaimQuery cq = new ClaimQuery(e.id(), null, null, filters.outlet(), null, 0, offset + limit);
      kb.claims(cq).forEach(c -> claims.putIfAbsent(c.id(), c));
      totalClaims += kb.claimCount(cq);
    }
    return new Result(
        page(keptEntities, offset, limit),
        page(keptDocuments, offset, limit),
        keptEntities.size(),
        keptDocuments.size(),
        types,
        outlets,
        months,
        page(List.copyOf(events.values()), offset, limit),
        page(List.copyOf(claims.values()), offset, limit),
        totalEvents,
        totalClaims);
  }

  /**
   * Entities registered under a name key of the query read as a name of each type: the lookup of
   * cross-document resolution, so that every spelling resolution would link is found.
   */
  List<EntityHead> spellings(String query) {
    if (query.length() > 200) {
      return List.of();
    }
    Map<String, EntityHead> found = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      EntityHead probe = new EntityHead("e-query", type, query);
      Set<String> keys = new LinkedHashSet<>();
      for (EntityKey key : resolver.keys(probe, List.of(query))) {
        if (NAME_KEYS.stream().anyMatch(key.key()::startsWith)) {
          keys.add(key.key());
        }
      }
      for (String key : keys) {
        for (EntityHead head : kb.entitiesByKey(type, key, PER_KEY)) {
          found.putIfAbsent(head.id(), head);
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** The outlet of a document, or "unknown". */
  static String outlet(Article a) {
    return a.outlet() == null || a.outlet().isBlank() ? UNKNOWN : a.outlet();
  }

  /** The publication month of a document ({@code yyyy-MM}), or "unknown". */
  static String month(Article a) {
    return a.published() == null ? UNKNOWN : a.published().toString().substring(0, 7);
  }

  private static <T> List<Facet> facet(List<T> items, Function<T, String> value) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (T item : items) {
      counts.merge(value.apply(item), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .map(e -> new Facet(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(Facet::count).reversed())
        .toList();
  }

  private static <T> List<T> page(List<T> items, int offset, int limit) {
    if (offset >= items.size()) {
      return List.of();
    }
    return List.copyOf(items.subList(offset, Math.min(items.size(), offset + limit)));
  }
}
