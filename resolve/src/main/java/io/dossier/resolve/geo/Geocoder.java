// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.geo;

import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityType;
import io.dossier.model.EventMention;
import io.dossier.model.EventPlace;
import io.dossier.model.Geocode;
import io.dossier.model.LocalEntity;
import io.dossier.resolve.geo.Gazetteer.Place;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Geocodes the places of an article's events. An ambiguous name (Tripoli, Libya or Lebanon) is
 * decided by the article's country context: the countries the article names, and the countries of
 * the places in it that have only one candidate. Among what remains, populated places and
 * administrative areas come before other features, then the largest population.
 */
public final class Geocoder {
  private final Gazetteer gazetteer;

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Coordinates of the places of {@code analysis.events()}, by event index. */
  public Map<Integer, Geocode> geocode(DocumentAnalysis analysis) {
    Set<String> context = countryContext(analysis.entities());
    Map<Integer, Geocode> found = new HashMap<>();
    List<EventMention> events = analysis.events();
    for (int i = 0; i < events.size(); i++) {
      EventPlace place = events.get(i).place();
      if (place != null) {
        Geocode g = geocode(place.name(), context);
        if (g != null) {
          found.put(i, g);
        }
      }
    }
    return found;
  }

  /** The countries an article's location entities establish (ISO alpha-2 codes). */
  Set<String> countryContext(List<LocalEntity> entities) {
    Set<String> countries = new LinkedHashSet<>();
    for (LocalEntity entity : entities) {
      if (entity.type() != EntityType.LOCATION) {
        continue;
      }
      List<Place> candidates = gazetteer.lookup(entity.name());
      for (Place p : candidates) {
        if (p.isCountry()) {
          countries.add(p.country());
        }
      }
      Set<String> of = new LinkedHashSet<>();
      candidates.forEach(p -> of.add(p.country()));
      if (of.size() == 1) {
        countries.addAll(of);
      }
    }
    return countries;
  }

  /** The best record for a place name in a country context, or null without a candidate. */
  @Nullable Geocode geocode(String name, Set<String> context) {
    List<Place> candidates = gazetteer.lookup(name);
    if (candidates.isEmpty()) {
      return null;
    }
    if (candidates.size() == 1) {
      return of(candidates.get(0), "only-candidate");
    }
    List<Place> inContext = candidates.stream().filter(p -> context.contains(p.country())).toList();
    String rule;
    List<Place> pool;
    Set<String> countries = new LinkedHashSet<>();
    candidates.forEach(p -> countries.add(p.country()));
    if (!inContext.isEmpty() && inContext.size() < candidates.size()) {
      pool = inContext;
      rule = "country-context:" + String.join(",", context);
    } else {
      pool = candidates;
      rule =
          countries.size() > 1 ? "largest-population (no country context)" : "largest-population";
    }
    Place best =
        pool.stream()
            .max(
                Comparator.comparingInt((Place p) -> preferred(p) ? 1 : 0)
                    .thenComparingLong(Place::population)
                    .thenComparing(Comparator.comparingLong(Place::id).reversed()))
            .orElseThrow();
    return of(best, rule);
  }

  private static boolean preferred(Place p) {
    return p.featureClass().equals("P") || p.featureClass().equals("A");
  }

  private static Geocode of(Place p, String rule) {
    return new Geocode(p.name(), p.lat(), p.lon(), p.country(), p.id(), rule);
  }
}
