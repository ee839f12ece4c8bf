// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Html.pathSegment;
import static io.dossier.server.Layout.foot;
import static io.dossier.server.Layout.head;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The map of located events: one point per place (events grouped by their gazetteer coordinates),
 * drawn by Leaflet from the list of places in the page, which stays readable without script. The
 * tile layer is configured ({@code --tiles}); without one, the points show on a plain background.
 */
final class MapPage {
  /** Places listed (and drawn) at most. */
  static final int MAX_PLACES = 2_000;

  private final CorpusDigest digest;
  private final @Nullable String tiles;

  MapPage(CorpusDigest digest, @Nullable String tiles) {
    this.digest = digest;
    this.tiles = tiles;
  }

  String render() {
    CorpusDigest.Snapshot s = digest.get();
    StringBuilder b = new StringBuilder();
    head(b, "Map of events", List.of(Layout.LEAFLET + "leaflet.css"));
    int located = s.places().stream().mapToInt(CorpusDigest.Place::count).sum();
    b.append("<p class=\"meta\">")
        .append(located)
        .append(" located events at ")
        .append(s.places().size())
        .append(" places")
        .append(tiles == null ? " · no map tiles configured (dossier serve --tiles URL)" : "")
        .append("</p>");
    mapElement(b, tiles, "large");
    if (s.places().isEmpty()) {
      b.append("<p class=\"empty\">No event has a place the gazetteer located.</p>");
    }
    b.append("<h2>Places</h2><ul class=\"places\">");
    for (CorpusDigest.Place p : s.places().subList(0, Math.min(MAX_PLACES, s.places().size()))) {
      placeItem(b, p.lat(), p.lon(), p.name(), p.entity(), p.count(), p.events());
    }
    b.append("</ul>");
    return foot(b, List.of(Layout.LEAFLET + "leaflet.js", "/static/map.js"));
  }

  /** The element map.js draws into; {@code size} is a CSS class (small, large). */
  static void mapElement(StringBuilder b, @Nullable String tiles, String size) {
    b.append("<div id=\"map\" class=\"map ").append(size).append("\" data-tiles=\"");
    b.append(tiles == null ? "" : escape(tiles)).append("\" data-attribution=\"");
    b.append(tiles == null ? "" : escape(attribution(tiles))).append("\"></div>");
  }

  /** One place as a list item carrying its coordinates for map.js. */
  static void placeItem(
      StringBuilder b,
      double lat,
      double lon,
      String name,
      @Nullable String entity,
      int count,
      List<CorpusDigest.EventRef> events) {
    b.append("<li class=\"place\" data-lat=\"")
        .append(String.format(Locale.ROOT, "%.5f", lat))
        .append("\" data-lon=\"")
        .append(String.format(Locale.ROOT, "%.5f", lon))
        .append("\" data-count=\"")
        .append(count)
        .append("\"><span class=\"place-name\">");
    if (entity != null) {
      Layout.entityLink(b, entity, name);
    } else {
      b.append(escape(name));
    }
    b.append("</span>");
    if (count > 0 && !events.isEmpty()) {
      b.append(" <span class=\"count\">")
          .append(count)
          .append("</span><ul class=\"place-events\">");
      for (CorpusDigest.EventRef e : events) {
        b.append("<li><a href=\"/events/")
            .append(pathSegment(e.id()))
            .append("\">")
            .append(escape(e.label()))
            .append("</a> <span class=\"meta\">")
            .append(escape(e.date()))
            .append("</span></li>");
      }
      if (count > events.size()) {
        b.append("<li class=\"meta\">and ").append(count - events.size()).append(" more</li>");
      }
      b.append("</ul>");
    }
    b.append("</li>");
  }

  static String attribution(String tiles) {
    if (tiles.contains("openstreetmap.org")) {
      return "© OpenStreetMap contributors";
    }
    return "Tiles: " + ServerConfig.tileOrigin(tiles);
  }
}
