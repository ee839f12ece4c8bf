// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Html.pathSegment;
import static io.dossier.server.Layout.PAGE_SIZE;
import static io.dossier.server.Layout.entityLink;
import static io.dossier.server.Layout.foot;
import static io.dossier.server.Layout.head;
import static io.dossier.server.Layout.pager;

import io.dossier.model.Casualties;
import io.dossier.model.CasualtyReport;
import io.dossier.model.Event;
import io.dossier.model.EventLocation;
import io.dossier.model.Evidence;
import io.dossier.model.Participant;
import io.dossier.store.KnowledgeBase;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An event: type and mode, date with its precision and basis, place on a small map, actors,
 * casualty reports per source, modality, evidence sentences (each opening the document with the
 * sentence highlighted), and the events it responds to or that respond to it.
 */
final class EventPage {
  private final KnowledgeBase kb;
  private final CorpusDigest digest;
  private final @Nullable String tiles;

  EventPage(KnowledgeBase kb, CorpusDigest digest, @Nullable String tiles) {
    this.kb = kb;
    this.digest = digest;
    this.tiles = tiles;
  }

  /** The page of event {@code id}, its evidence listed from {@code offset}, a page at a time. */
  Optional<String> render(String id, int offset) {
    return kb.event(id).map(e -> render(e, offset));
  }

  private String render(Event e, int offset) {
    StringBuilder b = new StringBuilder();
    EventLocation place = e.location();
    boolean located = place != null && place.geocode() != null;
    head(b, Layout.eventLabel(e), located ? List.of(Layout.LEAFLET + "leaflet.css") : List.of());
    b.append("<p class=\"meta\">event <code>")
        .append(escape(e.id()))
        .append("</code> · ")
        .append(e.independentSources())
        .append(" independent ")
        .append(e.independentSources() == 1 ? "source" : "sources")
        .append(" · reported by ")
        .append(escape(String.join(", ", e.sources())))
        .append("</p>");
    b.append("<dl class=\"facts\"><dt>Type</dt><dd>")
        .append(e.type().name())
        .append("</dd><dt>Mode</dt><dd>")
        .append(e.mode() == null ? "—" : escape(e.mode()))
        .append("</dd><dt>Date</dt><dd class=\"date\">")
        .append(e.date().value() == null ? "unknown" : escape(e.date().value()))
        .append(" <span class=\"meta\">precision ")
        .append(e.date().precision().wire())
        .append(" · ")
        .append(escape(e.date().basis()))
        .append("</span></dd><dt>Modality</dt><dd>")
        .append(e.modality().wire())
        .append("</dd><dt>Place</dt><dd>");
    if (place == null) {
      b.append("unknown");
    } else {
      b.append(escape(place.relation())).append(' ');
      if (place.entity() != null) {
        entityLink(b, place.entity(), place.name());
      } else {
        b.append(escape(place.name()));
      }
      if (located) {
        b.append(" <span class=\"meta\">")
            .append(place.geocode().lat())
            .append(", ")
            .append(place.geocode().lon())
            .append(" · ")
            .append(escape(place.geocode().country()))
            .append(" · GeoNames ")
            .append(place.geocode().geonameId())
            .append(" · ")
            .append(escape(place.geocode().rule()))
            .append("</span>");
      }
    }
    b.append("</dd></dl>");
    if (located) {
      MapPage.mapElement(b, tiles, "small");
      b.append("<ul class=\"places\" hidden>");
      MapPage.placeItem(
          b, place.geocode().lat(), place.geocode().lon(), place.name(), null, 1, List.of());
      b.append("</ul>");
    }

    b.append("<h2>Actors</h2>");
    if (e.actors().isEmpty()) {
      b.append("<p class=\"empty\">None named.</p>");
    } else {
      b.append(
          "<table class=\"actors\"><thead><tr><th>role</th><th>actor</th></tr></thead><tbody>");
      for (Participant p : e.actors()) {
        b.append("<tr><td>").append(p.role().wire()).append("</td><td>");
        if (p.entity() != null) {
          entityLink(b, p.entity(), p.name());
        } else {
          b.append(escape(p.name()));
        }
        b.append("</td></tr>");
      }
      b.append("</tbody></table>");
    }

    casualties(b, "Killed", "fatalities", e.fatalities());
    casualties(b, "Injured", "injured", e.injured());

    // a widely reported event has thousands of passages: a page of them at a time
    List<Evidence> evidence = e.evidence();
    int from = Math.min(offset, evidence.size());
    b.append("<h2 id=\"evidence\">Evidence (")
        .append(evidence.size())
        .append(")</h2><ol class=\"evidence\" start=\"")
        .append(from + 1)
        .append("\">");
    for (Evidence ev : evidence.subList(from, Math.min(evidence.size(), from + PAGE_SIZE))) {
      b.append("<li><blockquote>").append(escape(ev.text())).append("</blockquote>");
      b.append("<span class=\"meta\">trigger “")
          .append(escape(ev.trigger()))
          .append("” · ")
          .append(ev.modality().wire())
          .append(" · rule ")
          .append(escape(ev.rule()))
          .append(" · </span><a class=\"evidence-link\" href=\"")
          .append(spanLink(ev.document(), ev.span().start(), ev.span().end()))
          .append("\">in ")
          .append(escape(ev.document()))
          .append("</a></li>");
    }
    b.append("</ol>");
    String self = "/events/" + pathSegment(e.id());
    pager(b, from, evidence.size(), o -> escape(self + "?offset=" + o) + "#evidence");

    b.append("<h2>Responses</h2>");
    List<String> responders = digest.get().responders().getOrDefault(e.id(), List.of());
    if (e.respondsTo().isEmpty() && responders.isEmpty()) {
      b.append("<p class=\"empty\">No linked responses.</p>");
    } else {
      b.append("<ul class=\"responses\">");
      for (String target : e.respondsTo()) {
        b.append("<li>responds to ");
        related(b, target);
        b.append("</li>");
      }
      for (String responder : responders) {
        b.append("<li>answered by ");
        related(b, responder);
        b.append("</li>");
      }
      b.append("</ul>");
    }
    b.append("<h2>Documents</h2><ul class=\"docs\">");
    for (String doc : e.documents()) {
      kb.document(doc)
          .ifPresent(
              a -> {
                b.append("<li>");
                Layout.documentItem(b, a);
                b.append("</li>");
              });
    }
    b.append("</ul>");
    return foot(
        b, located ? List.of(Layout.LEAFLET + "leaflet.js", "/static/map.js") : List.<String>of());
  }

  private void related(StringBuilder b, String id) {
    Optional<Event> other = kb.event(id);
    if (other.isPresent()) {
      Layout.eventItem(b, other.get());
    } else {
      b.append(escape(id));
    }
  }

  private static void casualties(
      StringBuilder b, String title, String css, @Nullable Casualties c) {
    if (c == null) {
      return;
    }
    b.append("<h2>")
        .append(title)
        .append("</h2><p class=\"casualties ")
        .append(css)
        .append("\"><strong>")
        .append(c.min() == c.max() ? Integer.toString(c.min()) : c.min() + "–" + c.max())
        .append("</strong>")
        .append(c.disputed() ? " <span class=\"badge contradicted\">sources disagree</span>" : "")
        .append(" <span class=\"meta\">conservative figure ")
        .append(c.conservative())
        .append(" (")
        .append(escape(c.rule()))
        .append(")</span></p><table class=\"reports\"><thead><tr><th>source</th><th>figure</th>")
        .append("<th>as written</th><th>document</th></tr></thead><tbody>");
    for (CasualtyReport r : c.reports()) {
      b.append("<tr><td>")
          .append(escape(r.outlet() == null ? "unknown" : r.outlet()))
          .append(r.duplicateOf() == null ? "" : " <span class=\"meta\">(copy)</span>")
          .append("</td><td>")
          .append(
              r.count().low() == r.count().high()
                  ? Integer.toString(r.count().low())
                  : r.count().low() + "–" + r.count().high())
          .append(" <span class=\"meta\">")
          .append(escape(r.count().qualifier()))
          .append("</span></td><td>“")
          .append(escape(r.count().text()))
          .append("”</td><td><a href=\"")
          .append(spanLink(r.document(), r.count().span().start(), r.count().span().end()))
          .append("\">")
          .append(escape(r.document()))
          .append("</a></td></tr>");
    }
    b.append("</tbody></table>");
  }

  /** The escaped link to a document with a span highlighted. */
  static String spanLink(String document, int start, int end) {
    return escape("/documents/" + pathSegment(document) + "?hl=" + start + "-" + end + "#hl");
  }
}
