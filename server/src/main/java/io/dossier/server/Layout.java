// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Html.pathSegment;

import io.dossier.model.Article;
import io.dossier.model.Claim;
import io.dossier.model.Event;
import io.dossier.model.ResolvedMention;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The pieces every page shares: the frame (head, navigation, foot), links to records, the pager.
 * Every string that comes from an article or a user passes through {@link Html#escape} (text and
 * attributes) or {@link Html#pathSegment} (URLs).
 */
final class Layout {
  /** Results per group on the search page, records per page on list pages. */
  static final int PAGE_SIZE = 20;

  /** Characters of context around a snippet's mark. */
  static final int CONTEXT = 80;

  /** Leaflet, served from its WebJar. */
  static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";

  /** Cytoscape, served from its WebJar. */
  static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

  private static final List<String[]> NAV =
      List.of(
          new String[] {"/claims", "Claims"},
          new String[] {"/timeline", "Timeline"},
          new String[] {"/map", "Map"},
          new String[] {"/graph", "Graph"},
          new String[] {"/sources", "Sources"});

  private Layout() {}

  /** Opens a page with the site's stylesheet only. */
  static void head(StringBuilder b, String title) {
    head(b, title, List.of());
  }

  /** Opens a page; {@code stylesheets} are extra same-origin stylesheet paths. */
  static void head(StringBuilder b, String title, List<String> stylesheets) {
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(title))
        .append("</title>");
    for (String css : stylesheets) {
      b.append("<link rel=\"stylesheet\" href=\"").append(escape(css)).append("\">");
    }
    b.append("<link rel=\"stylesheet\" href=\"/static/dossier.css\"></head><body>")
        .append("<header><a href=\"/\" class=\"brand\">Dossier</a><nav class=\"site\">");
    for (String[] item : NAV) {
      b.append("<a href=\"").append(item[0]).append("\">").append(item[1]).append("</a>");
    }
    b.append("</nav><form method=\"get\" action=\"/\" class=\"quick\" role=\"search\">")
        .append("<input type=\"search\" name=\"q\" placeholder=\"Search\" aria-label=\"Search\">")
        .append("</form></header><main><h1>")
        .append(escape(title))
        .append("</h1>");
  }

  /** Closes a page. */
  static String foot(StringBuilder b) {
    return foot(b, List.of());
  }

  /** Closes a page, loading same-origin {@code scripts} (deferred, in order). */
  static String foot(StringBuilder b, List<String> scripts) {
    b.append("</main>");
    for (String js : scripts) {
      b.append("<script src=\"").append(escape(js)).append("\" defer></script>");
    }
    return b.append("</body></html>").toString();
  }

  /**
   * The name of entity {@code id}: its head (no aliases or documents read), else the entity a
   * merged-away id leads to, else {@code fallback}.
   */
  static String name(io.dossier.store.KnowledgeBase kb, String id, String fallback) {
    io.dossier.model.EntityHead h = kb.heads(List.of(id)).get(id);
    if (h != null) {
      return h.name();
    }
    return kb.entity(id).map(io.dossier.model.Entity::name).orElse(fallback);
  }

  static void entityLink(StringBuilder b, String id, String name) {
    b.append("<a href=\"/entities/")
        .append(pathSegment(id))
        .append("\">")
        .append(escape(name))
        .append("</a>");
  }

  /** A link to an event, labelled with its type, mode, date and place. */
  static void eventLink(StringBuilder b, Event e) {
    b.append("<a class=\"event-link\" href=\"/events/")
        .append(pathSegment(e.id()))
        .append("\">")
        .append(escape(eventLabel(e)))
        .append("</a>");
  }

  /** "ASSAULT (execution) in Benghazi". */
  static String eventLabel(Event e) {
    StringBuilder s = new StringBuilder(e.type().name());
    if (e.mode() != null) {
      s.append(" (").append(e.mode()).append(')');
    }
    if (e.location() != null) {
      s.append(' ').append(e.location().relation()).append(' ').append(e.location().name());
    }
    return s.toString();
  }

  /** The date of an event as written in lists: its value and precision, or "date unknown". */
  static String eventDate(Event e) {
    return e.date().value() == null
        ? "date unknown"
        : e.date().value() + " (" + e.date().precision().wire() + ")";
  }

  /** One event as a list item's content: link, date, sources. */
  static void eventItem(StringBuilder b, Event e) {
    eventLink(b, e);
    b.append(" <span class=\"meta\">")
        .append(escape(eventDate(e)))
        .append(" · ")
        .append(escape(e.modality().wire()))
        .append(" · ")
        .append(e.independentSources())
        .append(e.independentSources() == 1 ? " source" : " sources")
        .append("</span>");
  }

  /** One claim as a list item's content: the quoted text linked to its page, speaker, standing. */
  static void claimItem(StringBuilder b, Claim c, String speakerName) {
    b.append("<a class=\"claim-link\" href=\"/claims/")
        .append(pathSegment(c.id()))
        .append("\">“")
        .append(escape(shorten(c.text(), 200)))
        .append("”</a> <span class=\"meta\">");
    if (c.speakerEntity() != null) {
      b.append("— ");
      entityLink(b, c.speakerEntity(), speakerName);
    } else {
      b.append("— ").append(escape(speakerName));
    }
    b.append(" · ").append(escape(c.outlet() == null ? "unknown outlet" : c.outlet()));
    standing(b, c);
    b.append("</span>");
  }

  /** Badges of a claim's standing: corroborated or single-source, and contradicted. */
  static void standing(StringBuilder b, Claim c) {
    if (c.independentSources() >= 2) {
      b.append(" <span class=\"badge corroborated\">corroborated by ")
          .append(c.independentSources())
          .append(" sources</span>");
    } else {
      b.append(" <span class=\"badge single\">single source</span>");
    }
    if (!c.contradicts().isEmpty()) {
      b.append(" <span class=\"badge contradicted\">contradicted</span>");
    }
  }

  /** The name of a claim's speaker as written, or "unattributed". */
  static String speakerName(Claim c) {
    return c.mention().speaker() == null ? "unattributed" : c.mention().speaker().name();
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  static void documentItem(StringBuilder b, Article a) {
    b.append("<a href=\"/documents/")
        .append(pathSegment(a.id()))
        .append("\">")
        .append(escape(a.title() == null ? a.id() : a.title()))
        .append("</a> <span class=\"meta\">")
        .append(escape(CorpusSearch.outlet(a)))
        .append(" · ")
        .append(a.published() == null ? "date unknown" : a.published().toString())
        .append("</span>");
  }

  static void snippet(StringBuilder b, String text, ResolvedMention m) {
    if (m.span().end() > text.length()) {
      return;
    }
    int from = Math.max(0, m.span().start() - CONTEXT);
    int to = Math.min(text.length(), m.span().end() + CONTEXT);
    b.append("<div class=\"snippet\">…")
        .append(escape(text.substring(from, m.span().start())))
        .append("<mark>")
        .append(escape(text.substring(m.span().start(), m.span().end())))
        .append("</mark>")
        .append(escape(text.substring(m.span().end(), to)))
        .append("…")
        .append(
            m.title() == null
                ? ""
                : " <span class=\"meta\">(title: " + escape(m.title()) + ")</span>")
        .append("</div>");
  }

  /** Previous/next links; {@code url} gives the escaped URL of the page at an offset. */
  static void pager(StringBuilder b, int offset, long total, IntFunction<String> url) {
    if (offset == 0 && total <= PAGE_SIZE) {
      return;
    }
    b.append("<nav class=\"pager\">");
    if (offset > 0) {
      b.append("<a rel=\"prev\" href=\"")
          .append(url.apply(Math.max(0, offset - PAGE_SIZE)))
          .append("\">Previous</a> ");
    }
    b.append("<span class=\"meta\">")
        .append(Math.min(offset + 1, total))
        .append("–")
        .append(Math.min(total, offset + PAGE_SIZE))
        .append(" of ")
        .append(total)
        .append("</span>");
    if (offset + PAGE_SIZE < total) {
      b.append(" <a rel=\"next\" href=\"")
          .append(url.apply(offset + PAGE_SIZE))
          .append("\">Next</a>");
    }
    b.append("</nav>");
  }

  static void appendParagraphs(StringBuilder b, String text) {
    b.append(escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>"));
  }
}
