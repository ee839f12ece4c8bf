// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Html.pathSegment;

import io.dossier.model.Alias;
import io.dossier.model.Article;
import io.dossier.model.Entity;
import io.dossier.model.ResolvedMention;
import io.dossier.model.TimeExpression;
import io.dossier.store.KnowledgeBase;
import io.dossier.store.SearchHit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Server-rendered pages for people: plain HTML, no script, all article text escaped. */
final class Pages {
  private static final int LIST_LIMIT = 200;
  private static final int CONTEXT = 80;

  private final KnowledgeBase kb;

  Pages(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The start page: a search box, the documents and the entities. */
  String home(String query) {
    StringBuilder b = new StringBuilder();
    head(b, "Dossier");
    b.append("<form method=\"get\" action=\"/\"><input type=\"search\" name=\"q\" value=\"")
        .append(escape(query))
        .append("\" placeholder=\"Search names, places, text\" autofocus>")
        .append("<button type=\"submit\">Search</button></form>");
    if (!query.isBlank()) {
      List<SearchHit> hits = kb.search(query, 50);
      b.append("<h2>Results for “").append(escape(query)).append("”</h2>");
      if (hits.isEmpty()) {
        b.append("<p>No matches.</p>");
      }
      b.append("<ul>");
      for (SearchHit h : hits) {
        String path = "entity".equals(h.kind()) ? "/entities/" : "/documents/";
        b.append("<li>")
            .append(escape(h.kind()))
            .append(": <a href=\"")
            .append(path)
            .append(pathSegment(h.id()))
            .append("\">")
            .append(escape(h.label()))
            .append("</a></li>");
      }
      b.append("</ul>");
    }
    b.append("<div class=\"columns\"><section><h2>Documents (")
        .append(kb.documentCount())
        .append(")</h2><ul>");
    for (Article a : kb.documents(0, LIST_LIMIT)) {
      b.append("<li><a href=\"/documents/")
          .append(pathSegment(a.id()))
          .append("\">")
          .append(escape(a.title() == null ? a.id() : a.title()))
          .append("</a> <span class=\"meta\">")
          .append(escape(a.outlet() == null ? "unknown outlet" : a.outlet()))
          .append(" · ")
          .append(a.published() == null ? "date unknown" : a.published().toString())
          .append("</span></li>");
    }
    b.append("</ul></section><section><h2>Entities (")
        .append(kb.entityCount())
        .append(")</h2><ul>");
    for (Entity e : kb.entities(0, LIST_LIMIT)) {
      b.append("<li><a href=\"/entities/")
          .append(pathSegment(e.id()))
          .append("\">")
          .append(escape(e.name()))
          .append("</a> <span class=\"meta\">")
          .append(e.type().name())
          .append(" · ")
          .append(e.mentions())
          .append(" mentions</span></li>");
    }
    b.append("</ul></section></div>");
    return foot(b);
  }

  /** A document with its mentions highlighted and linked to their entities. */
  Optional<String> document(String id) {
    return kb.document(id).map(a -> renderDocument(a));
  }

  private String renderDocument(Article a) {
    StringBuilder b = new StringBuilder();
    head(b, a.title() == null ? a.id() : a.title());
    b.append("<p class=\"meta\">")
        .append(escape(a.outlet() == null ? "unknown outlet" : a.outlet()))
        .append(" · published ")
        .append(a.published() == null ? "unknown" : a.published().toString())
        .append(" (")
        .append(a.publishedBasis().label())
        .append(") · source ")
        .append(escape(a.source()))
        .append("</p>");
    List<ResolvedMention> mentions = kb.mentionsOfDocument(a.id());
    Map<String, String> names = new HashMap<>();
    b.append("<article class=\"text\"><p>");
    String text = a.text();
    int pos = 0;
    for (ResolvedMention m : mentions) {
      if (m.span().start() < pos || m.span().end() > text.length()) {
        continue; // overlapping spans are shown once
      }
      appendParagraphs(b, text.substring(pos, m.span().start()));
      String name =
          names.computeIfAbsent(m.entity(), e -> kb.entity(e).map(Entity::name).orElse(e));
      b.append("<a class=\"mention\" href=\"/entities/")
          .append(pathSegment(m.entity()))
          .append("\" title=\"")
          .append(escape(name + " · " + m.rule()))
          .append("\">")
          .append(escape(text.substring(m.span().start(), m.span().end())))
          .append("</a>");
      pos = m.span().end();
    }
    appendParagraphs(b, text.substring(pos));
    b.append("</p></article>");
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

  /** An entity with its aliases (and why each was linked) and every mention in context. */
  Optional<String> entity(String id) {
    return kb.entity(id).map(e -> renderEntity(e));
  }

  private String renderEntity(Entity e) {
    StringBuilder b = new StringBuilder();
    head(b, e.name());
    b.append("<p class=\"meta\">")
        .append(e.type().name())
        .append(" · ")
        .append(e.mentions())
        .append(" mentions in ")
        .append(e.documents().size())
        .append(" documents · id ")
        .append(escape(e.id()))
        .append(
            "</p><h2>Aliases</h2><table><tr><th>form</th><th>mentions</th><th>linked by</th></tr>");
    for (Alias alias : e.aliases()) {
      b.append("<tr><td>")
          .append(escape(alias.name()))
          .append("</td><td>")
          .append(alias.mentions())
          .append("</td><td>")
          .append(escape(alias.rule()))
          .append("</td></tr>");
    }
    b.append("</table><h2>Mentions</h2><ul>");
    Map<String, Optional<Article>> docs = new HashMap<>();
    for (ResolvedMention m : kb.mentionsOfEntity(e.id())) {
      Optional<Article> doc = docs.computeIfAbsent(m.document(), kb::document);
      if (doc.isEmpty()) {
        continue;
      }
      String text = doc.get().text();
      int from = Math.max(0, m.span().start() - CONTEXT);
      int to = Math.min(text.length(), m.span().end() + CONTEXT);
      b.append("<li><a href=\"/documents/")
          .append(pathSegment(m.document()))
          .append("\">")
          .append(escape(doc.get().title() == null ? m.document() : doc.get().title()))
          .append("</a>: …")
          .append(escape(text.substring(from, m.span().start())))
          .append("<mark>")
          .append(escape(m.text()))
          .append("</mark>")
          .append(escape(text.substring(m.span().end(), to)))
          .append("…")
          .append(
              m.title() == null
                  ? ""
                  : " <span class=\"meta\">(title: " + escape(m.title()) + ")</span>")
          .append("</li>");
    }
    b.append("</ul>");
    return foot(b);
  }

  /** A page for a missing record. */
  String notFound(String what) {
    StringBuilder b = new StringBuilder();
    head(b, "Not found");
    b.append("<p>").append(escape(what)).append(" does not exist in this knowledge base.</p>");
    return foot(b);
  }

  private static void appendParagraphs(StringBuilder b, String text) {
    b.append(escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>"));
  }

  private static void head(StringBuilder b, String title) {
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(title))
        .append("</title><link rel=\"stylesheet\" href=\"/static/dossier.css\"></head><body>")
        .append("<header><a href=\"/\" class=\"brand\">Dossier</a></header><main><h1>")
        .append(escape(title))
        .append("</h1>");
  }

  private static String foot(StringBuilder b) {
    return b.append("</main></body></html>").toString();
  }
}
