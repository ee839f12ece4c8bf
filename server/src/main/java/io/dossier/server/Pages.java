// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Html.pathSegment;
import static io.dossier.server.Layout.documentItem;
import static io.dossier.server.Layout.entityLink;
import static io.dossier.server.Layout.foot;
import static io.dossier.server.Layout.head;
import static io.dossier.server.Layout.pager;
import static io.dossier.server.Layout.snippet;

import io.dossier.model.Alias;
import io.dossier.model.Article;
import io.dossier.model.Claim;
import io.dossier.model.Entity;
import io.dossier.model.Event;
import io.dossier.model.Relation;
import io.dossier.model.ResolvedMention;
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
 * Server-rendered pages for people: plain HTML built from escaped pieces, no script, and forms that
 * work without JavaScript. Every string that comes from an article or a user passes through {@link
 * Html#escape} (text and attributes) or {@link Html#pathSegment} (URLs).
 */
final class Pages {
  /** Results per group on the search page, documents per page on the entity page. */
  static final int PAGE_SIZE = Layout.PAGE_SIZE;

  /** How many of an entity's latest documents co-occurrence looks at. */
  static final int COOCCURRENCE_DOCUMENTS = 500;

  private static final int COOCCURRING_SHOWN = 15;
  private static final int ENTITY_EVENTS = 200;
  private static final int ENTITY_CLAIMS = 20;
  private static final int ENTITY_RELATIONS = 50;
  private static final int HOME_LIST = 50;

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
    b.append("<section id=\"events\"><h2>Events (").append(r.totalEvents()).append(")</h2>");
    if (r.events().isEmpty()) {
      b.append("<p class=\"empty\">No event of the entities found.</p>");
    }
    b.append("<ul class=\"hits\">");
    for (Event e : r.events()) {
      b.append("<li class=\"event-hit\">");
      Layout.eventItem(b, e);
      b.append("</li>");
    }
    b.append("</ul></section>");
    b.append("<section id=\"claims\"><h2>Claims (").append(r.totalClaims()).append(")</h2>");
    if (r.claims().isEmpty()) {
      b.append("<p class=\"empty\">No claim by or about the entities found.</p>");
    }
    b.append("<ul class=\"hits\">");
    Map<String, String> speakers = new HashMap<>();
    for (Claim c : r.claims()) {
      b.append("<li class=\"claim-hit\">");
      Layout.claimItem(b, c, speakerOf(c, speakers));
      b.append("</li>");
    }
    b.append("</ul></section>");
    long total =
        Math.max(
            Math.max(r.totalEntities(), r.totalDocuments()),
            Math.min(Math.max(r.totalEvents(), r.totalClaims()), CorpusSearch.MAX_WINDOW));
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

  private String speakerOf(Claim c, Map<String, String> names) {
    return c.speakerEntity() == null
        ? Layout.speakerName(c)
        : names.computeIfAbsent(c.speakerEntity(), this::nameOf);
  }

  private String nameOf(String entityId) {
    return Layout.name(kb, entityId, entityId);
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

    // one read of the mentions in its latest documents gives titles, co-occurrence and snippets
    List<String> all = e.documents();
    List<String> recent = all.subList(Math.max(0, all.size() - COOCCURRENCE_DOCUMENTS), all.size());
    Map<String, Integer> titles = new LinkedHashMap<>();
    Map<String, java.time.LocalDate[]> titleSpans = new HashMap<>();
    Map<String, java.time.LocalDate> dates = kb.publishedDates(recent);
    Map<String, java.util.Set<String>> together = new LinkedHashMap<>();
    Map<String, ResolvedMention> firstInDocument = new HashMap<>();
    for (ResolvedMention m : kb.mentionsOfDocuments(recent)) {
      if (m.entity().equals(e.id())) {
        if (m.title() != null) {
          titles.merge(m.title(), 1, Integer::sum);
          java.time.LocalDate day = dates.get(m.document());
          if (day != null) {
            titleSpans.merge(
                m.title(),
                new java.time.LocalDate[] {day, day},
                (x, y) ->
                    new java.time.LocalDate[] {
                      x[0].isBefore(y[0]) ? x[0] : y[0], x[1].isAfter(y[1]) ? x[1] : y[1]
                    });
          }
        }
        firstInDocument.putIfAbsent(m.document(), m);
      } else {
        together.computeIfAbsent(m.entity(), k -> new java.util.HashSet<>()).add(m.document());
      }
    }
    boolean windowed = all.size() > COOCCURRENCE_DOCUMENTS;
    b.append("<h2>Titles and roles</h2>");
    if (titles.isEmpty()) {
      b.append("<p class=\"empty\">None written with its mentions.</p>");
    } else {
      // a history: each title with the first and last publication date it was written with
      b.append("<ul class=\"titles\">");
      titles.entrySet().stream()
          .sorted(
              java.util.Comparator.comparing(
                      (Map.Entry<String, Integer> t) ->
                          titleSpans.containsKey(t.getKey())
                              ? titleSpans.get(t.getKey())[0]
                              : java.time.LocalDate.MAX)
                  .thenComparing(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder())))
          .forEach(
              t -> {
                b.append("<li>")
                    .append(escape(t.getKey()))
                    .append(" <span class=\"count\">")
                    .append(t.getValue())
                    .append("</span>");
                java.time.LocalDate[] span = titleSpans.get(t.getKey());
                if (span != null) {
                  b.append(" <span class=\"meta\">")
                      .append(span[0])
                      .append(span[1].equals(span[0]) ? "" : " – " + span[1])
                      .append("</span>");
                }
                b.append("</li>");
              });
      b.append("</ul>");
      if (windowed) {
        b.append("<p class=\"meta\">As written in its latest ")
            .append(COOCCURRENCE_DOCUMENTS)
            .append(" documents.</p>");
      }
    }

    facts(b, e);

    List<Map.Entry<String, java.util.Set<String>>> near =
        together.entrySet().stream()
            .sorted(
                java.util.Comparator.comparingInt(
                        (Map.Entry<String, java.util.Set<String>> n) -> n.getValue().size())
                    .reversed()
                    .thenComparing(Map.Entry::getKey))
            .limit(COOCCURRING_SHOWN)
            .toList();
    Map<String, io.dossier.model.EntityHead> heads =
        kb.heads(near.stream().map(Map.Entry::getKey).toList());
    b.append("<h2>Named in the same documents</h2>");
    if (near.isEmpty()) {
      b.append("<p class=\"empty\">No other entity.</p>");
    } else {
      b.append("<ul class=\"cooccurring\">");
      for (Map.Entry<String, java.util.Set<String>> n : near) {
        io.dossier.model.EntityHead h = heads.get(n.getKey());
        b.append("<li>");
        entityLink(b, n.getKey(), h == null ? n.getKey() : h.name());
        b.append(" <span class=\"meta\">")
            .append(h == null ? "" : h.type().name())
            .append("</span> <span class=\"count\">")
            .append(n.getValue().size())
            .append("</span></li>");
      }
      b.append("</ul>");
      if (windowed) {
        b.append("<p class=\"meta\">Counted over its latest ")
            .append(COOCCURRENCE_DOCUMENTS)
            .append(" documents.</p>");
      }
    }

    List<String> docs = new ArrayList<>(all);
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
      ResolvedMention first = firstInDocument.get(docId);
      if (first == null) {
        first =
            kb.mentionsOfDocument(docId).stream()
                .filter(m -> m.entity().equals(e.id()))
                .findFirst()
                .orElse(null);
      }
      if (first != null) {
        snippet(b, doc.get().text(), first);
      }
      b.append("</li>");
    }
    b.append("</ul>");
    pager(b, offset, docs.size(), o -> escape(self + "?offset=" + o) + "#documents");

    curation(b, e, self, mergeQuery);
    return foot(b);
  }

  /** The entity's event timeline, its claims (by, then about), and its relations. */
  private void facts(StringBuilder b, Entity e) {
    String id = e.id();
    EventQuery eq = new EventQuery(id, null, null, null, null, 0, ENTITY_EVENTS);
    List<Event> events = new ArrayList<>(kb.events(eq));
    long totalEvents = events.size() < ENTITY_EVENTS ? events.size() : kb.eventCount(eq);
    b.append("<h2 id=\"events\">Events (").append(totalEvents).append(")</h2>");
    if (events.isEmpty()) {
      b.append("<p class=\"empty\">No event names it as an actor or place.</p>");
    } else {
      List<Event> dated = new ArrayList<>();
      List<Event> undated = new ArrayList<>();
      for (Event v : events) {
        (v.date().firstDay() == null ? undated : dated).add(v);
      }
      dated.sort(
          java.util.Comparator.comparing((Event v) -> v.date().firstDay())
              .thenComparing(v -> v.date().lastDay())
              .thenComparing(Event::id));
      b.append("<ol class=\"timeline\">");
      for (Event v : dated) {
        b.append("<li><span class=\"when\">").append(escape(v.date().value())).append("</span> ");
        Layout.eventLink(b, v);
        b.append(" <span class=\"meta\">")
            .append(v.date().precision().wire())
            .append(" · ")
            .append(roleOf(v, id))
            .append(" · ")
            .append(v.modality().wire())
            .append("</span></li>");
      }
      b.append("</ol>");
      if (!undated.isEmpty()) {
        b.append("<h3>Undated</h3><ul class=\"undated\">");
        for (Event v : undated) {
          b.append("<li>");
          Layout.eventLink(b, v);
          b.append(" <span class=\"meta\">").append(roleOf(v, id)).append("</span></li>");
        }
        b.append("</ul>");
      }
      if (totalEvents > events.size()) {
        b.append("<p class=\"meta\">The first ")
            .append(events.size())
            .append(" of ")
            .append(totalEvents)
            .append(" events; all of them: <a href=\"/api/events?entity=")
            .append(pathSegment(id))
            .append("\">/api/events?entity=…</a></p>");
      }
    }
    claims(b, "Claims by it", "claims-by", new ClaimQuery(null, id, null, 0, ENTITY_CLAIMS), id);
    claims(
        b,
        "Claims about it",
        "claims-about",
        new ClaimQuery(id, null, null, 0, ENTITY_CLAIMS * 2),
        id);
    List<Relation> relations = kb.relationsOf(id, ENTITY_RELATIONS);
    b.append("<h2 id=\"relations\">Relations (").append(relations.size()).append(")</h2>");
    if (relations.isEmpty()) {
      b.append("<p class=\"empty\">No relation (backs, opposes, leads, member of, speaks for,")
          .append(" allied with) found.</p>");
    } else {
      Map<String, String> names = new HashMap<>();
      b.append("<table class=\"relations\"><tbody>");
      for (Relation r : relations) {
        b.append("<tr><td>");
        relationEnd(b, r.subject(), id, names);
        b.append("</td><td class=\"predicate\">")
            .append(escape(r.predicate().wire().replace('_', ' ')))
            .append("</td><td>");
        relationEnd(b, r.object(), id, names);
        b.append("</td><td class=\"meta\">")
            .append(r.independentSources())
            .append(r.independentSources() == 1 ? " source" : " sources");
        if (!r.evidence().isEmpty()) {
          io.dossier.model.Evidence ev = r.evidence().get(0);
          b.append(" · <a href=\"")
              .append(EventPage.spanLink(ev.document(), ev.span().start(), ev.span().end()))
              .append("\" title=\"")
              .append(escape(ev.text()))
              .append("\">evidence</a>");
        }
        b.append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    b.append("<p class=\"meta\"><a href=\"/graph?entity=")
        .append(pathSegment(id))
        .append("\">Graph of its relations, events and co-occurrences</a></p>");
  }

  private void relationEnd(StringBuilder b, String entity, String self, Map<String, String> names) {
    if (entity.equals(self)) {
      b.append("<strong>")
          .append(escape(names.computeIfAbsent(entity, this::nameOf)))
          .append("</strong>");
    } else {
      entityLink(b, entity, names.computeIfAbsent(entity, this::nameOf));
    }
  }

  private void claims(StringBuilder b, String title, String css, ClaimQuery q, String id) {
    boolean by = q.speaker() != null;
    List<Claim> found =
        kb.claims(q).stream()
            .filter(c -> by || !id.equals(c.speakerEntity()))
            .limit(ENTITY_CLAIMS)
            .toList();
    long total = kb.claimCount(q);
    b.append("<h2 id=\"").append(css).append("\">").append(title);
    if (by) {
      b.append(" (").append(total).append(")");
    }
    b.append("</h2>");
    if (found.isEmpty()) {
      b.append("<p class=\"empty\">None.</p>");
      return;
    }
    Map<String, String> names = new HashMap<>();
    b.append("<ul class=\"").append(css).append("\">");
    for (Claim c : found) {
      b.append("<li>");
      Layout.claimItem(b, c, speakerOf(c, names));
      b.append("</li>");
    }
    b.append("</ul><p class=\"meta\"><a href=\"")
        .append(
            LedgerPage.url(
                by ? new ClaimQuery(null, id, null, 0, 0) : new ClaimQuery(id, null, null, 0, 0),
                0))
        .append("\">All in the claim ledger</a></p>");
  }

  private static String roleOf(Event v, String id) {
    List<String> roles = new ArrayList<>();
    for (io.dossier.model.Participant p : v.actors()) {
      if (id.equals(p.entity()) && !roles.contains(p.role().wire())) {
        roles.add(p.role().wire());
      }
    }
    if (v.location() != null && id.equals(v.location().entity())) {
      roles.add("place");
    }
    return roles.isEmpty() ? "named" : String.join(", ", roles);
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
}
