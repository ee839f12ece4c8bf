// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Layout.foot;
import static io.dossier.server.Layout.head;

import io.dossier.engine.facts.SourceProfiles;
import io.dossier.model.Claim;
import io.dossier.store.ClaimQuery;
import io.dossier.store.KnowledgeBase;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claim ledger: claims filtered by speaker, outlet, entity (by or about) and standing
 * (corroborated, contradicted, single-source), paged.
 */
final class LedgerPage {
  private final KnowledgeBase kb;
  private final CorpusDigest digest;

  LedgerPage(KnowledgeBase kb, CorpusDigest digest) {
    this.kb = kb;
    this.digest = digest;
  }

  String render(ClaimQuery q) {
    StringBuilder b = new StringBuilder();
    head(b, "Claim ledger");
    long total = kb.claimCount(q);
    b.append("<nav class=\"tabs\" aria-label=\"Standing\">");
    tab(b, q, null, "All");
    for (ClaimQuery.Status s : ClaimQuery.Status.values()) {
      tab(
          b,
          q,
          s,
          switch (s) {
            case CORROBORATED -> "Corroborated";
            case CONTRADICTED -> "Contradicted";
            case SINGLE_SOURCE -> "Single source";
          });
    }
    b.append("</nav><form method=\"get\" action=\"/claims\" class=\"filters\">");
    if (q.status() != null) {
      b.append("<input type=\"hidden\" name=\"status\" value=\"")
          .append(q.status().wire())
          .append("\">");
    }
    hiddenEntity(b, "speaker", q.speaker());
    hiddenEntity(b, "entity", q.entity());
    b.append("<label>Outlet <select name=\"outlet\"><option value=\"\">any</option>");
    for (SourceProfiles.Profile p : digest.get().profiles()) {
      if (p.claims() == 0) {
        continue;
      }
      b.append("<option value=\"")
          .append(escape(p.outlet()))
          .append('"')
          .append(p.outlet().equals(q.outlet()) ? " selected" : "")
          .append('>')
          .append(escape(p.outlet()))
          .append(" (")
          .append(p.claims())
          .append(")</option>");
    }
    b.append("</select></label> <button type=\"submit\">Filter</button></form>");
    b.append("<p class=\"meta filter-state\">")
        .append(total)
        .append(total == 1 ? " claim" : " claims");
    filterNote(b, q, "by", q.speaker(), with(q, "speaker", null));
    filterNote(b, q, "by or about", q.entity(), with(q, "entity", null));
    if (q.outlet() != null) {
      b.append(" · in ")
          .append(escape(q.outlet()))
          .append(" <a href=\"")
          .append(url(with(q, "outlet", null), 0))
          .append("\">(any outlet)</a>");
    }
    b.append("</p>");
    List<Claim> claims = kb.claims(q);
    if (claims.isEmpty()) {
      b.append("<p class=\"empty\">No claim matches.</p>");
    }
    Map<String, String> names = new HashMap<>();
    b.append("<ol class=\"ledger\" start=\"").append(q.offset() + 1).append("\">");
    for (Claim c : claims) {
      b.append("<li>");
      String name =
          c.speakerEntity() == null
              ? Layout.speakerName(c)
              : names.computeIfAbsent(
                  c.speakerEntity(), id -> Layout.name(kb, id, Layout.speakerName(c)));
      Layout.claimItem(b, c, name);
      b.append("</li>");
    }
    b.append("</ol>");
    Layout.pager(b, q.offset(), total, o -> url(q, o));
    return foot(b);
  }

  private void hiddenEntity(StringBuilder b, String name, String id) {
    if (id != null) {
      b.append("<input type=\"hidden\" name=\"")
          .append(name)
          .append("\" value=\"")
          .append(escape(id))
          .append("\">");
    }
  }

  private void filterNote(
      StringBuilder b, ClaimQuery q, String how, String id, ClaimQuery without) {
    if (id == null) {
      return;
    }
    b.append(" · ").append(how).append(' ');
    Layout.entityLink(b, id, Layout.name(kb, id, id));
    b.append(" <a href=\"").append(url(without, 0)).append("\">(anyone)</a>");
  }

  private static void tab(StringBuilder b, ClaimQuery q, ClaimQuery.Status s, String label) {
    ClaimQuery t = new ClaimQuery(q.entity(), q.speaker(), null, q.outlet(), s, 0, q.limit());
    b.append("<a href=\"")
        .append(url(t, 0))
        .append('"')
        .append(s == q.status() ? " class=\"active\" aria-current=\"page\"" : "")
        .append('>')
        .append(label)
        .append("</a>");
  }

  private static ClaimQuery with(ClaimQuery q, String field, String value) {
    return new ClaimQuery(
        field.equals("entity") ? value : q.entity(),
        field.equals("speaker") ? value : q.speaker(),
        null,
        field.equals("outlet") ? value : q.outlet(),
        q.status(),
        0,
        q.limit());
  }

  /** The escaped URL of the ledger with {@code q}'s filters at {@code offset}. */
  static String url(ClaimQuery q, int offset) {
    Map<String, String> p = new LinkedHashMap<>();
    if (q.speaker() != null) {
      p.put("speaker", q.speaker());
    }
    if (q.entity() != null) {
      p.put("entity", q.entity());
    }
    if (q.outlet() != null) {
      p.put("outlet", q.outlet());
    }
    if (q.status() != null) {
      p.put("status", q.status().wire());
    }
    if (offset > 0) {
      p.put("offset", Integer.toString(offset));
    }
    return escape(p.isEmpty() ? "/claims" : "/claims?" + Html.queryString(p));
  }
}
