// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import io.dossier.engine.facts.SourceProfiles;
import io.dossier.model.ActorRole;
import io.dossier.model.Event;
import io.dossier.model.EventLocation;
import io.dossier.model.Participant;
import io.dossier.store.DerivedState;
import io.dossier.store.KnowledgeBase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Corpus-wide views that need every merged event or claim (the timeline, the map, actor edges of
 * the graph, source profiles), computed in one pass and kept until the store changes: the key is
 * the store revision together with the state of the derived tables, so a rebuild of the merged
 * events after an ingest or a curation also renews it.
 */
final class CorpusDigest {
  /** Events listed per place on the map. */
  static final int EVENTS_PER_PLACE = 10;

  private final KnowledgeBase kb;
  private @Nullable Snapshot cached;

  CorpusDigest(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** An event as lists show it. */
  record EventRef(String id, String label, String date) {}

  /**
   * Located events at one point.
   *
   * @param entity the place entity, if the events' location was resolved to one
   */
  record Place(
      double lat,
      double lon,
      String name,
      @Nullable String entity,
      int count,
      List<EventRef> events) {}

  /** Merged events in which {@code source} acted on {@code target}, by event type. */
  record ActorEdge(String source, String target, String type, int events) {}

  /**
   * Everything computed in one pass.
   *
   * @param months events per month whose date window lies within that month, oldest first
   * @param imprecise events with a known date wider than a month (a year)
   * @param undated events without a date
   * @param places located events grouped by coordinates, most events first
   * @param actorEdges source → target edges over all merged events, heaviest first
   * @param responders for an event id, the events that respond to it
   * @param profiles the source profiles
   */
  record Snapshot(
      Object key,
      Map<String, Integer> months,
      int imprecise,
      int undated,
      List<Place> places,
      List<ActorEdge> actorEdges,
      Map<String, List<String>> responders,
      List<SourceProfiles.Profile> profiles) {}

  /** The digest of the store as it is now. */
  synchronized Snapshot get() {
    DerivedState state = kb.derivedState();
    List<Long> key =
        List.of(
            kb.revision(),
            state.documents(),
            state.curations(),
            state.derivedDocuments(),
            state.derivedCurations());
    if (cached == null || !cached.key().equals(key)) {
      cached = compute(key);
    }
    return cached;
  }

  private Snapshot compute(Object key) {
    Map<String, Integer> months = new TreeMap<>();
    int[] imprecise = {0};
    int[] undated = {0};
    Map<String, PlaceBuilder> places = new LinkedHashMap<>();
    Map<List<String>, Integer> edges = new HashMap<>();
    Map<String, List<String>> responders = new HashMap<>();
    kb.forEachEvent(
        (Event e) -> {
          LocalDate first = e.date().firstDay();
          LocalDate last = e.date().lastDay();
          if (first == null || last == null) {
            undated[0]++;
          } else if (YearMonth.from(first).equals(YearMonth.from(last))) {
            months.merge(YearMonth.from(first).toString(), 1, Integer::sum);
          } else {
            imprecise[0]++;
          }
          EventLocation l = e.location();
          if (l != null && l.geocode() != null) {
            double lat = l.geocode().lat();
            double lon = l.geocode().lon();
            String at = Math.round(lat * 10_000) + "," + Math.round(lon * 10_000);
            PlaceBuilder p =
                places.computeIfAbsent(at, k -> new PlaceBuilder(lat, lon, l.name(), l.entity()));
            p.count++;
            if (p.events.size() < EVENTS_PER_PLACE) {
              p.events.add(new EventRef(e.id(), Layout.eventLabel(e), Layout.eventDate(e)));
            }
          }
          for (Participant s : e.actors()) {
            if (s.role() != ActorRole.SOURCE || s.entity() == null) {
              continue;
            }
            for (Participant t : e.actors()) {
              if (t.role() == ActorRole.TARGET
                  && t.entity() != null
                  && !t.entity().equals(s.entity())) {
                edges.merge(List.of(s.entity(), t.entity(), e.type().name()), 1, Integer::sum);
              }
            }
          }
          for (String target : e.respondsTo()) {
            responders.computeIfAbsent(target, k -> new ArrayList<>()).add(e.id());
          }
        });
    List<Place> placeList = new ArrayList<>();
    places
        .values()
        .forEach(
            p ->
                placeList.add(
                    new Place(p.lat, p.lon, p.name, p.entity, p.count, List.copyOf(p.events))));
    placeList.sort(Comparator.comparingInt(Place::count).reversed());
    List<ActorEdge> edgeList = new ArrayList<>();
    edges.forEach((k, n) -> edgeList.add(new ActorEdge(k.get(0), k.get(1), k.get(2), n)));
    edgeList.sort(
        Comparator.comparingInt(ActorEdge::events)
            .reversed()
            .thenComparing(ActorEdge::source)
            .thenComparing(ActorEdge::target)
            .thenComparing(ActorEdge::type));
    Map<String, List<String>> frozen = new HashMap<>();
    responders.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new Snapshot(
        key,
        java.util.Collections.unmodifiableMap(months),
        imprecise[0],
        undated[0],
        List.copyOf(placeList),
        List.copyOf(edgeList),
        Map.copyOf(frozen),
        SourceProfiles.of(kb));
  }

  private static final class PlaceBuilder {
    final double lat;
    final double lon;
    final String name;
    final @Nullable String entity;
    int count;
    final List<EventRef> events = new ArrayList<>();

    PlaceBuilder(double lat, double lon, String name, @Nullable String entity) {
      this.lat = lat;
      this.lon = lon;
      this.name = name;
      this.entity = entity;
    }
  }
}
