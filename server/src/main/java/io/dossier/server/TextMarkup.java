// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Article text with overlapping marks (entity mentions, claims, event triggers, a highlighted span)
 * rendered as well-nested, escaped HTML.
 *
 * <p>The text is cut at every mark boundary and line break; each piece is escaped and wrapped in
 * the elements of the marks covering it, opened and closed within the piece, so marks may overlap
 * in any way without breaking nesting. Links never nest: a piece covered by a mention and an event
 * links to the mention and shows the event by its style; claims, which span sentences, get a marker
 * link where they start.
 */
final class TextMarkup {

  /** What a mark shows. */
  enum Kind {
    /** An entity mention: the piece links to the entity. */
    MENTION,
    /** An event trigger: the piece links to the event (unless a mention links it). */
    EVENT,
    /** A claim's content: styled, with a marker link at its start. */
    CLAIM,
    /** The span a link asked to show ({@code ?hl=}). */
    HIGHLIGHT
  }

  /**
   * One mark over {@code [start, end)}.
   *
   * @param href the (unescaped) link target, or null
   * @param title the tooltip (untrusted: escaped)
   * @param marker the marker text placed at a claim's start, or null
   */
  record Mark(int start, int end, Kind kind, String href, String title, String marker) {
    Mark {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(href, "href");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(marker, "marker");
    }
  }

  private TextMarkup() {}

  /**
   * The text as paragraphs' inner HTML ({@code \n\n} becomes {@code </p><p>}, {@code \n} {@code
   * <br>}): the caller wraps it in {@code <p>…</p>}. Marks outside the text are ignored.
   */
  static String render(String text, List<Mark> marks) {
    List<Mark> valid = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Mark m : marks) {
      if (m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()) {
        valid.add(m);
        cuts.add(m.start());
        cuts.add(m.end());
      }
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        cuts.add(i);
        cuts.add(i + 1);
      }
    }
    StringBuilder b = new StringBuilder(text.length() * 2);
    Integer from = cuts.first();
    boolean highlightAnchored = false;
    for (Integer to : cuts.tailSet(from, false)) {
      String piece = text.substring(from, to);
      if (piece.equals("\n")) {
        boolean paragraph = to < text.length() && text.charAt(to) == '\n';
        boolean secondOfPair = from > 0 && text.charAt(from - 1) == '\n';
        if (paragraph) {
          b.append("</p><p>");
        } else if (!secondOfPair) {
          b.append("<br>");
        }
        from = to;
        continue;
      }
      Mark mention = null;
      Mark event = null;
      Mark highlight = null;
      List<Mark> claims = new ArrayList<>();
      for (Mark m : valid) {
        if (m.start() == from && m.kind() == Kind.CLAIM) {
          b.append("<a class=\"claim-ref\" href=\"")
              .append(escape(m.href()))
              .append("\" title=\"")
              .append(escape(m.title()))
              .append("\">")
              .append(escape(m.marker()))
              .append("</a>");
        }
        if (m.start() <= from && to <= m.end()) {
          switch (m.kind()) {
            case MENTION -> mention = mention == null ? m : mention;
            case EVENT -> event = event == null ? m : event;
            case HIGHLIGHT -> highlight = m;
            case CLAIM -> claims.add(m);
          }
        }
      }
      if (highlight != null) {
        b.append("<mark class=\"hl\"");
        if (!highlightAnchored) {
          b.append(" id=\"hl\"");
          highlightAnchored = true;
        }
        b.append('>');
      }
      if (!claims.isEmpty()) {
        b.append("<span class=\"claim\">");
      }
      Mark link = mention != null ? mention : event;
      if (link != null) {
        b.append("<a class=\"")
            .append(link.kind() == Kind.MENTION ? "mention" : "event")
            .append(mention != null && event != null ? " event" : "")
            .append("\" href=\"")
            .append(escape(link.href()))
            .append("\" title=\"")
            .append(escape(link.title()))
            .append("\">");
      }
      b.append(escape(piece));
      if (link != null) {
        b.append("</a>");
      }
      if (!claims.isEmpty()) {
        b.append("</span>");
      }
      if (highlight != null) {
        b.append("</mark>");
      }
      from = to;
    }
    return b.toString();
  }
}
