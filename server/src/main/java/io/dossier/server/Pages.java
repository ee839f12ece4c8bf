// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Html.pathSegment;

import io.dossier.model.Alias;
import io.dossier.model.Article;
import io.dossier.model.Entity;
import io.dossier.model.ResolvedMention;
import io.dossier.model.TimeExpression;
import io.dossier.store.Cooccurrence;
import io.dossier.store.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Server-rendered pages for people: plain HTML built from escaped pieces, no script, and forms that
 * work without JavaScript. Every string that comes from an article or a user passes through {@link
 * Html#escape} (text and attributes) or {@link Html#pathSegment} (URLs).
 */
final class Pages {
  /** Results per group on the search page, documents per page on the entity page. */
  static final int PAGE_SIZE = 20;

  /** How many of an entity's latest documents co-occurrence looks at. */
  static final int COOCCURRENCE_DOCUMENTS = 500;

  private static final int COOCCURRING_SHOWN = 15;
  private static final int HOME_LIST = 50;
  private static final int CONTEXT = 80;

  private final KnowledgeBase kb;
  private final CorpusSearch search;
  private final boolean tokenRequired;

  Pages(KnowledgeBase kb, CorpusSearch search, boolean tokenRequired) {
    this.kb = kb;
    this.search = search;
    this.tokenRequired = tokenRequired;
  }

  // ---- search ----

  /** The start page: the search box, and either results with facets or the latest records. */
  String home(String query, CorpusSearch.Filters filters, int offset) {
    StringBuilder b = new StringBuilder();
    head(b, query.isBlank() ? "Dossier" : "Search: " + query);
    b.append("<form method=\"get\" action=\"/\" class=\"search\" role=\"search\">")
        .append("<input type=\"search\" name=\"q\" id=\"q\" value=\"")
        .append(escape(query))
        .append("\" placeholder=\"Search names, places, text\" maxlength=\"")
        .append(DossierServer.MAX_QUERY_LENGTH)
        .append(
            "\" autofocus aria-label=\"Search\"><button type=\"submit\">Search</button></form>");
    if (query.isBlank()) {
      latest(b);
    } else {
      results(b, query, filters, offset);
    }
    return foot(b);
  }

  private void results(StringBuilder b, String query, CorpusSearch.Filters filters, int offset) {
    CorpusSearch.Result r = search.search(query, filters, offset, PAGE_SIZE);
    b.append("<div class=\"results\"><aside class=\"facets\"><h2>Refine</h2>");
    if (filters.any()) {
      b.append("<p><a href=\"")
          .append(searchUrl(query, CorpusSearch.Filters.NONE, 0))
          .append("\">Clear filters</a></p>");
    }
    facet(b, "Entity type", "type", r.types(), query, filters);
    facet(b, "Outlet", "outlet", r.outlets(), query, filters);
    facet(b, "Month", "month", r.months(), query, filters);
    b.append("</aside><div class=\"groups\">");
    b.append("<section id=\"entities\"><h2>Entities (").append(r.totalEntities()).append(")</h2>");
    if (r.entities().isEmpty()) {
      b.append("<p class=\"empty\">No entity matches.</p>");
    }
    b.append("<ul class=\"hits\">");
    for (Entity e : r.entities()) {
      b.append("<li class=\"entity-hit\">");
      entityLink(b, e.id(), e.name());
      b.append(" <span class=\"meta\">")
          .append(e.type().name())
          .append(" · ")
          .append(e.mentions())
          .append(" mentions in ")
          .append(e.documents().size())
          .append(" documents");
      List<String> others = new ArrayList<>();
      for (Alias a : e.aliases()) {
        if (!a.name().equals(e.name()) && others.size() < 4) {
          others.add(a.name());
        }
      }
      if (!others.isEmpty()) {
        b.append(" · also ").append(escape(String.join(", ", others)));
      }
      b.append("</span></li>");
    }
    b.append("</ul></section>");
    b.append("<section id=\"documents\"><h2>Documents (")
        .append(r.totalDocuments())
        .append(")</h2>");
    if (r.documents().isEmpty()) {
      b.append("<p class=\"empty\">No document matches.</p>");
    }
    b.append("<ul class=\"hits\">");
    for (Article a : r.documents()) {
      b.append("<li class=\"document-hit\">");
      documentItem(b, a);
      b.append("</li>");
    }
    b.append("</ul></section>");
    b.append("<p class=\"meta\">Events and claims will be searchable here too.</p>");
    int total = Math.max(r.totalEntities(), r.totalDocuments());
    pager(b, offset, total, o -> searchUrl(query, filters, o));
    b.append("</div></div>");
  }

  private void latest(StringBuilder b) {
    long documents = kb.documentCount();
    b.append("<div class=\"columns\"><section><h2>Latest documents (")
        .append(documents)
        .append(")</h2><ul>");
    int from = (int) Math.max(0, documents - HOME_LIST);
    List<Article> recent = new ArrayList<>(kb.documents(from, HOME_LIST));
    java.util.Collections.reverse(recent);
    for (Article a : recent) {
      b.append("<li>");
      documentItem(b, a);
      b.append("</li>");
    }
    b.append("</ul></section><section><h2>Entities (")
        .append(kb.entityCount())
        .append(")</h2><ul>");
    for (Entity e : kb.entities(0, HOME_LIST)) {
      b.append("<li>");
      entityLink(b, e.id(), e.name());
      b.append(" <span class=\"meta\">")
          .append(e.type().name())
          .append(" · ")
          .append(e.mentions())
          .append(" mentions</span></li>");
    }
    b.append("</ul></section></div>");
  }

  private static void facet(
      StringBuilder b,
      String title,
      String param,
      List<CorpusSearch.Facet> values,
      String query,
      CorpusSearch.Filters filters) {
    if (values.isEmpty()) {
      return;
    }
    b.append("<h3>").append(escape(title)).append("</h3><ul class=\"facet\" data-facet=\"");
    b.append(param).append("\">");
    for (CorpusSearch.Facet f : values) {
      CorpusSearch.Filters with =
          switch (param) {
            case "type" -> new CorpusSearch.Filters(f.value(), filters.outlet(), filters.month());
            case "outlet" -> new CorpusSearch.Filters(filters.type(), f.value(), filters.month());
            default -> new CorpusSearch.Filters(filters.type(), filters.outlet(), f.value());
          };
      boolean active = f.value().equals(current(param, filters));
      b.append("<li").append(active ? " class=\"active\"" : "").append("><a href=\"");
      b.append(searchUrl(query, with, 0))
          .append("\">")
          .append(escape(f.value()))
          .append("</a> <span class=\"count\">")
          .append(f.count())
          .append("</span></li>");
    }
    b.append("</ul>");
  }

  private static @Nullable String current(String param, CorpusSearch.Filters filters) {
    return switch (param) {
      case "type" -> filters.type();
      case "outlet" -> filters.outlet();
      default -> filters.month();
    };
  }

  /** The escaped URL of a search page. */
  static String searchUrl(String query, CorpusSearch.Filters filters, int offset) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", query);
    if (filters.type() != null) {
      params.put("type", filters.type());
    }
    if (filters.outlet() != null) {
      params.put("outlet", filters.outlet());
    }
    if (filters.month() != null) {
      params.put("month", filters.month());
    }
    if (offset > 0) {
      params.put("offset", Integer.toString(offset));
    }
    return escape("/?" + Html.queryString(params));
  }

  // ---- documents ----

  /** A document with its mentions highlighted and linked to their entities. */
  Optional<String> document(String id) {
    return kb.document(id).map(this::renderDocument);
  }

  private String renderDocument(Article a) {
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
    List<ResolvedMention> mentions = kb.mentionsOfDocument(a.id());
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    b.append("<div class=\"columns doc\"><article class=\"text\" id=\"text\"><p>");
    String text = a.text();
    int pos = 0;
    for (ResolvedMention m : mentions) {
      counts.merge(m.entity(), 1, Integer::sum);
      if (m.span().start() < pos || m.span().end() > text.length()) {
        continue; // overlapping spans are shown once
      }
      appendParagraphs(b, text.substring(pos, m.span().start()));
      String name = names.computeIfAbsent(m.entity(), this::nameOf);
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
    b.append("</p></article><aside><h2>Entities here</h2><ul class=\"doc-entities\">");
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      b.append("<li>");
      entityLink(b, e.getKey(), names.computeIfAbsent(e.getKey(), this::nameOf));
      b.append(" <span class=\"count\">").append(e.getValue()).append("</span></li>");
    }
    b.append("</ul></aside></div>");
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

  private String nameOf(String entityId) {
    return kb.entity(entityId).map(Entity::name).orElse(entityId);
  }

  // ---- entities ----

  /**
   * An entity: aliases (and the rule that linked each), titles, co-occurring entities, its
   * documents (latest first, paged from {@code offset}), and the curation forms; {@code mergeQuery}
   * lists merge candidates.
   */
  Optional<String> entity(String id, int offset, String mergeQuery) {
    return kb.entity(id).map(e -> renderEntity(e, offset, mergeQuery));
  }

  private String renderEntity(Entity e, int offset, String mergeQuery) {
    StringBuilder b = new StringBuilder();
    head(b, e.name());
    String self = "/entities/" + pathSegment(e.id());
    b.append("<p class=\"meta\">")
        .append(e.type().name())
        .append(" · ")
        .append(e.mentions())
        .append(" mentions in ")
        .append(e.documents().size())
        .append(" documents · id <code>")
        .append(escape(e.id()))
        .append("</code></p>");
    b.append("<h2>Aliases</h2><table class=\"aliases\"><thead><tr><th>form</th><th>mentions</th>")
        .append("<th>linked by</th><th></th></tr></thead><tbody>");
    for (Alias alias : e.aliases()) {
      b.append("<tr><td>")
          .append(escape(alias.name()))
          .append("</td><td>")
          .append(alias.mentions())
          .append("</td><td>")
          .append(escape(alias.rule()))
          .append("</td><td>");
      if (e.aliases().size() > 1 && !alias.name().equals(e.name())) {
        b.append("<form method=\"post\" class=\"inline split\" action=\"")
            .append(self)
            .append("/split\"><input type=\"hidden\" name=\"alias\" value=\"")
            .append(escape(alias.name()))
            .append("\">");
        tokenField(b);
        b.append(
                "<button type=\"submit\" title=\"Make the mentions written this way a new entity\">")
            .append("Split off</button></form>");
      }
      b.append("</td></tr>");
    }
    b.append("</tbody></table>");

    Map<String, Integer> titles = kb.titles(e.id());
    b.append("<h2>Titles and roles</h2>");
    if (titles.isEmpty()) {
      b.append("<p class=\"empty\">None written with its mentions.</p>");
    } else {
      b.append("<ul class=\"titles\">");
      titles.forEach(
          (title, n) ->
              b.append("<li>")
                  .append(escape(title))
                  .append(" <span class=\"count\">")
                  .append(n)
                  .append("</span></li>"));
      b.append("</ul>");
    }

    List<Cooccurrence> near = kb.cooccurring(e.id(), COOCCURRENCE_DOCUMENTS, COOCCURRING_SHOWN);
    b.append("<h2>Named in the same documents</h2>");
    if (near.isEmpty()) {
      b.append("<p class=\"empty\">No other entity.</p>");
    } else {
      b.append("<ul class=\"cooccurring\">");
      for (Cooccurrence c : near) {
        b.append("<li>");
        entityLink(b, c.entity().id(), c.entity().name());
        b.append(" <span class=\"meta\">")
            .append(c.entity().type().name())
            .append("</span> <span class=\"count\">")
            .append(c.documents())
            .append("</span></li>");
      }
      b.append("</ul>");
      if (e.documents().size() > COOCCURRENCE_DOCUMENTS) {
        b.append("<p class=\"meta\">Counted over its latest ")
            .append(COOCCURRENCE_DOCUMENTS)
            .append(" documents.</p>");
      }
    }

    List<String> docs = new ArrayList<>(e.documents());
    java.util.Collections.reverse(docs);
    b.append("<h2 id=\"documents\">Documents (")
        .append(docs.size())
        .append(")</h2><ul class=\"docs\">");
    for (String docId :
        docs.subList(Math.min(offset, docs.size()), Math.min(docs.size(), offset + PAGE_SIZE))) {
      Optional<Article> doc = kb.document(docId);
      if (doc.isEmpty()) {
        continue;
      }
      b.append("<li>");
      documentItem(b, doc.get());
      kb.mentionsOfDocument(docId).stream()
          .filter(m -> m.entity().equals(e.id()))
          .findFirst()
          .ifPresent(m -> snippet(b, doc.get().text(), m));
      b.append("</li>");
    }
    b.append("</ul>");
    pager(b, offset, docs.size(), o -> escape(self + "?offset=" + o) + "#documents");

    curation(b, e, self, mergeQuery);
    return foot(b);
  }

  private void curation(StringBuilder b, Entity e, String self, String mergeQuery) {
    b.append("<section class=\"curation\" id=\"curate\"><h2>Curate</h2>");
    if (tokenRequired) {
      b.append("<p class=\"meta\">Changes need the server's access token.</p>");
    }
    b.append("<h3>Rename</h3><form method=\"post\" class=\"rename\" action=\"")
        .append(self)
        .append("/rename\"><input type=\"text\" name=\"name\" required maxlength=\"200\" value=\"")
        .append(escape(e.name()))
        .append("\" aria-label=\"New name\">");
    tokenField(b);
    b.append("<button type=\"submit\">Rename</button></form>");
    b.append("<h3 id=\"merge\">Merge another entity into this one</h3>")
        .append("<p class=\"meta\">The other entity's mentions and aliases move here; this entity")
        .append(" keeps its id, name and type, and the other id leads here.</p>")
        .append("<form method=\"get\" class=\"merge-search\" action=\"")
        .append(self)
        .append("#merge\"><input type=\"search\" name=\"merge_q\" value=\"")
        .append(escape(mergeQuery))
        .append("\" placeholder=\"Find the other entity\" maxlength=\"")
        .append(DossierServer.MAX_QUERY_LENGTH)
        .append(
            "\" aria-label=\"Find the entity to merge\"><button type=\"submit\">Find</button></form>");
    if (!mergeQuery.isBlank()) {
      CorpusSearch.Result r = search.search(mergeQuery, CorpusSearch.Filters.NONE, 0, PAGE_SIZE);
      List<Entity> candidates = r.entities().stream().filter(c -> !c.id().equals(e.id())).toList();
      if (candidates.isEmpty()) {
        b.append("<p class=\"empty\">No other entity matches.</p>");
      }
      b.append("<ul class=\"merge-candidates\">");
      for (Entity c : candidates) {
        b.append("<li>");
        entityLink(b, c.id(), c.name());
        b.append(" <span class=\"meta\">")
            .append(c.type().name())
            .append(" · ")
            .append(c.mentions())
            .append(" mentions</span> <form method=\"post\" class=\"inline merge\" action=\"")
            .append(self)
            .append("/merge\"><input type=\"hidden\" name=\"other\" value=\"")
            .append(escape(c.id()))
            .append("\">");
        if (c.type() != e.type()) {
          b.append("<label><input type=\"checkbox\" name=\"force\" value=\"true\"> though it is a ")
              .append(c.type().name())
              .append("</label>");
        }
        tokenField(b);
        b.append("<button type=\"submit\">Merge into ")
            .append(escape(e.name()))
            .append("</button></form></li>");
      }
      b.append("</ul>");
    }
    b.append("</section>");
  }

  private void tokenField(StringBuilder b) {
    if (tokenRequired) {
      b.append("<input type=\"password\" name=\"token\" required placeholder=\"access token\"")
          .append(" autocomplete=\"current-password\" aria-label=\"Access token\">");
    }
  }

  // ---- shared pieces ----

  /** A page for a missing record. */
  String notFound(String what) {
    StringBuilder b = new StringBuilder();
    head(b, "Not found");
    b.append("<p>").append(escape(what)).append(" does not exist in this knowledge base.</p>");
    return foot(b);
  }

  /** A page for a refused request (bad form input, a refused curation decision). */
  String error(String title, String detail, @Nullable String back) {
    StringBuilder b = new StringBuilder();
    head(b, title);
    b.append("<p class=\"error\">").append(escape(detail)).append("</p>");
    if (back != null) {
      b.append("<p><a href=\"").append(escape(back)).append("\">Back</a></p>");
    }
    return foot(b);
  }

  private static void entityLink(StringBuilder b, String id, String name) {
    b.append("<a href=\"/entities/")
        .append(pathSegment(id))
        .append("\">")
        .append(escape(name))
        .append("</a>");
  }

  private static void documentItem(StringBuilder b, Article a) {
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

  private static void snippet(StringBuilder b, String text, ResolvedMention m) {
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

  private static void pager(
      StringBuilder b, int offset, int total, java.util.function.IntFunction<String> url) {
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

  private static void appendParagraphs(StringBuilder b, String text) {
    b.append(escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>"));
  }

  private static void head(StringBuilder b, String title) {
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(title))
        .append("</title><link rel=\"stylesheet\" href=\"/static/dossier.css\"></head><body>")
        .append("<header><a href=\"/\" class=\"brand\">Dossier</a>")
        .append("<form method=\"get\" action=\"/\" class=\"quick\" role=\"search\">")
        .append("<input type=\"search\" name=\"q\" placeholder=\"Search\" aria-label=\"Search\">")
        .append("</form></header><main><h1>")
        .append(escape(title))
        .append("</h1>");
  }

  private static String foot(StringBuilder b) {
    return b.append("</main></body></html>").toString();
  }
}
