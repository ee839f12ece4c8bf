// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dossier.model.Event;
import io.dossier.model.EventLocation;
import io.dossier.model.Geocode;
import io.dossier.store.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the located events (those whose place the gazetteer geocoded) as a GeoJSON
 * FeatureCollection (RFC 7946): one Point feature per event, {@code [lon, lat]}, with the event's
 * id, type, mode, date, place, conservative and range of fatalities, modality and sources as
 * properties.
 */
public final class GeoJsonExporter {

  /** Writes the collection to {@code file}; returns the number of features. */
  public long export(KnowledgeBase kb, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    long[] features = {0};
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"type\":\"FeatureCollection\",\"features\":[");
      kb.forEachEvent(
          e -> {
            EventLocation place = e.location();
            if (place == null || place.geocode() == null) {
              return;
            }
            try {
              if (features[0] > 0) {
                out.write(",");
              }
              out.write("\n");
              out.write(Json.mapper().writeValueAsString(feature(e, place, place.geocode())));
            } catch (IOException x) {
              throw new UncheckedIOException(x);
            }
            features[0]++;
          });
      out.write("\n]}\n");
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return features[0];
  }

  static Map<String, Object> feature(Event e, EventLocation place, Geocode g)
      throws JsonProcessingException {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("id", e.id());
    properties.put("type", e.type().name());
    properties.put("mode", e.mode());
    properties.put("date", e.date().value());
    properties.put("date_precision", e.date().precision().wire());
    properties.put("location", place.name());
    properties.put("location_entity", place.entity());
    properties.put("geonames_id", g.geonameId());
    properties.put("fatalities", e.fatalities() == null ? null : e.fatalities().conservative());
    properties.put("fatalities_min", e.fatalities() == null ? null : e.fatalities().min());
    properties.put("fatalities_max", e.fatalities() == null ? null : e.fatalities().max());
    properties.put("modality", e.modality().wire());
    properties.put("sources", e.sources());
    properties.put("independent_sources", e.independentSources());
    Map<String, Object> geometry = new LinkedHashMap<>();
    geometry.put("type", "Point");
    geometry.put("coordinates", List.of(g.lon(), g.lat()));
    Map<String, Object> feature = new LinkedHashMap<>();
    feature.put("type", "Feature");
    feature.put("id", e.id());
    feature.put("geometry", geometry);
    feature.put("properties", properties);
    return feature;
  }
}
