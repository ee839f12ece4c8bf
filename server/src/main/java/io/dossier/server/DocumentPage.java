// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Html.pathSegment;
import static io.dossier.server.Layout.entityLink;
import static io.dossier.server.Layout.foot;
import static io.dossier.server.Layout.head;

import io.dossier.model.Article;
import io.dossier.model.Claim;
import io.dossier.model.Event;
import io.dossier.model.EventMention;
import io.dossier.model.Evidence;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.model.TimeExpression;
import io.dossier.store.ClaimQuery;
import io.dossier.store.EventQuery;
import io.dossier.store.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The document view: the article text with its entity mentions (linked to entities), claims and
 * event triggers (linked to their pages) and, when a link asked for one, a highlighted span.
 */
final class DocumentPage {
  /** The most events and claims marked in one document. */
  private static final int MAX_FACTS = 500;

  private final KnowledgeBase kb;

  DocumentPage(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The document {@code id}, with {@code highlight} (a span of its text) marked, if given. */
  Optional<String> render(String id, @Nullable Span highlight) {
    return kb.document(id).map(a -> render(a, highlight));
  }

  private String render(Article a, @Nullable Span highlight) {
    StringBuilder b = new StringBuilder();
    head(b, a.title() == null ? a.id() : a.title());
    b.append("<p class=\"meta\">")
        .append(escape(CorpusSearch.outlet(a)))
        .append(" · published ")
        .append(a.published() == null ? "unknown" : a.published().toString())
        .append(" (")
        .append(a.publishedBasis().label())
        .append(") · source ")
        .append(escape(a.source()))
        .append(a.duplicateOf() == null ? "" : " · duplicate of ");
    if (a.duplicateOf() != null) {
      b.append("<a href=\"/documents/")
          .append(pathSegment(a.duplicateOf()))
          .append("\">")
          .append(escape(a.duplicateOf()))
          .append("</a>");
    }
    b.append("</p>");
    String text = a.text();
    List<TextMarkup.Mark> marks = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ResolvedMention m : kb.mentionsOfDocument(a.id())) {
      counts.merge(m.entity(), 1, Integer::sum);
      String name = names.computeIfAbsent(m.entity(), this::nameOf);
      marks.add(
          new TextMarkup.Mark(
              m.span().start(),
              m.span().end(),
              TextMarkup.Kind.MENTION,
              "/entities/" + pathSegment(m.entity()),
              name + " · " + m.rule(),
              ""));
    }
    List<Event> events = kb.events(new EventQuery(null, a.id(), null, null, null, 0, MAX_FACTS));
    List<EventMention> mentions = kb.eventMentions(a.id());
    for (Event e : events) {
      for (Evidence ev : e.evidence()) {
        if (ev.document().equals(a.id())) {
          Span trigger = trigger(ev, mentions, text);
          if (trigger != null) {
            marks.add(
                new TextMarkup.Mark(
                    trigger.start(),
                    trigger.end(),
                    TextMarkup.Kind.EVENT,
                    "/events/" + pathSegment(e.id()),
                    "event: " + Layout.eventLabel(e),
                    ""));
          }
        }
      }
    }
    List<Claim> claims = kb.claims(new ClaimQuery(null, null, a.id(), null, null, 0, MAX_FACTS));
    int n = 0;
    for (Claim c : claims) {
      n++;
      boolean first = true;
      for (Span piece : c.mention().pieces()) {
        marks.add(
            new TextMarkup.Mark(
                piece.start(),
                piece.end(),
                TextMarkup.Kind.CLAIM,
                "/claims/" + pathSegment(c.id()),
                "claim by " + Layout.speakerName(c),
                first ? "C" + n : "C" + n + "…"));
        first = false;
      }
    }
    if (highlight != null) {
      marks.add(
          new TextMarkup.Mark(
              highlight.start(), highlight.end(), TextMarkup.Kind.HIGHLIGHT, "", "", ""));
    }
    b.append("<div class=\"columns doc\"><article class=\"text\" id=\"text\"><p>")
        .append(TextMarkup.render(text, marks))
        .append("</p></article><aside><h2>Entities here</h2><ul class=\"doc-entities\">");
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      b.append("<li>");
      entityLink(b, e.getKey(), names.computeIfAbsent(e.getKey(), this::nameOf));
      b.append(" <span class=\"count\">").append(e.getValue()).append("</span></li>");
    }
    b.append("</ul><h2>Events here</h2>");
    if (events.isEmpty()) {
      b.append("<p class=\"empty\">None found.</p>");
    } else {
      b.append("<ul class=\"doc-events\">");
      for (Event e : events) {
        b.append("<li>");
        Layout.eventItem(b, e);
        b.append("</li>");
      }
      b.append("</ul>");
    }
    b.append("<h2>Claims here</h2>");
    if (claims.isEmpty()) {
      b.append("<p class=\"empty\">None found.</p>");
    } else {
      b.append("<ol class=\"doc-claims\">");
      for (Claim c : claims) {
        b.append("<li>");
        Layout.claimItem(b, c, speaker(c, names));
        b.append("</li>");
      }
      b.append("</ol>");
    }
    b.append("<p class=\"meta legend\"><span class=\"mention\">entity</span> ")
        .append("<span class=\"event\">event</span> <span class=\"claim\">claim</span></p>")
        .append("</aside></div>");
    List<TimeExpression> times = kb.times(a.id());
    if (!times.isEmpty()) {
      b.append("<h2>Time expressions</h2><ul>");
      for (TimeExpression t : times) {
        b.append("<li>“")
            .append(escape(t.text()))
            .append("” → ")
            .append(t.value() == null ? "unresolved" : escape(t.value()))
            .append("</li>");
      }
      b.append("</ul>");
    }
    if (!a.removed().isEmpty()) {
      b.append("<h2>Removed boilerplate</h2><ul class=\"removed\">");
      for (String r : a.removed()) {
        b.append("<li>").append(escape(r)).append("</li>");
      }
      b.append("</ul>");
    }
    return foot(b);
  }

  private String speaker(Claim c, Map<String, String> names) {
    return c.speakerEntity() == null
        ? Layout.speakerName(c)
        : names.computeIfAbsent(c.speakerEntity(), this::nameOf);
  }

  /**
   * The trigger span of an evidence sentence: the stored mention with that sentence and trigger,
   * else the trigger's first occurrence in the sentence.
   */
  private static @Nullable Span trigger(Evidence ev, List<EventMention> mentions, String text) {
    for (EventMention m : mentions) {
      if (m.sentence().equals(ev.span()) && m.trigger().equals(ev.trigger())) {
        return m.span();
      }
    }
    if (ev.span().end() > text.length()) {
      return null;
    }
    int at = text.substring(ev.span().start(), ev.span().end()).indexOf(ev.trigger());
    return at < 0 || ev.trigger().isEmpty()
        ? null
        : new Span(ev.span().start() + at, ev.span().start() + at + ev.trigger().length());
  }

  private String nameOf(String entityId) {
    return Layout.name(kb, entityId, entityId);
  }
}
