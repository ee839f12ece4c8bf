// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Layout.entityLink;
import static io.dossier.server.Layout.foot;
import static io.dossier.server.Layout.head;

import io.dossier.model.Article;
import io.dossier.model.Claim;
import io.dossier.model.ClaimMention;
import io.dossier.model.Contradiction;
import io.dossier.model.Span;
import io.dossier.model.Speaker;
import io.dossier.store.KnowledgeBase;
import java.util.Optional;

/**
 * A claim: speaker (linked to the entity), cue, kind, hedges, modality, the attribution chain, the
 * span of its document, which claims support it and which contradict it, with the reason.
 */
final class ClaimPage {
  private final KnowledgeBase kb;

  ClaimPage(KnowledgeBase kb) {
    this.kb = kb;
  }

  Optional<String> render(String id) {
    return kb.claim(id).map(this::render);
  }

  private String render(Claim c) {
    ClaimMention m = c.mention();
    Speaker s = m.speaker();
    StringBuilder b = new StringBuilder();
    head(b, "Claim by " + speaker(c));
    b.append("<blockquote class=\"claim-text\">“")
        .append(escape(c.text()))
        .append("”</blockquote><p class=\"meta\">claim <code>")
        .append(escape(c.id()))
        .append("</code>");
    Layout.standing(b, c);
    b.append("</p><dl class=\"facts\"><dt>Speaker</dt><dd class=\"speaker\">");
    if (s == null) {
      b.append("unattributed");
    } else {
      if (c.speakerEntity() != null) {
        entityLink(b, c.speakerEntity(), s.name());
      } else {
        b.append(escape(s.name()));
      }
      b.append(" <span class=\"meta\">(").append(escape(s.basis())).append(")</span>");
      if (s.onBehalfOf() != null) {
        b.append(" for ");
        if (c.onBehalfOfEntity() != null) {
          entityLink(b, c.onBehalfOfEntity(), s.onBehalfOf());
        } else {
          b.append(escape(s.onBehalfOf()));
        }
      }
    }
    b.append("</dd><dt>Cue</dt><dd>")
        .append(m.cue() == null ? "—" : "“" + escape(m.cue()) + "”")
        .append("</dd><dt>Kind</dt><dd>")
        .append(m.kind().wire())
        .append("</dd><dt>Hedges</dt><dd>")
        .append(m.hedges().isEmpty() ? "none" : escape(String.join(", ", m.hedges())))
        .append("</dd><dt>Modality</dt><dd>")
        .append(m.modality().wire())
        .append("</dd><dt>Attribution chain</dt><dd class=\"via\">");
    if (m.via().isEmpty()) {
      b.append("direct");
    } else {
      b.append(escape(speaker(c)));
      for (String v : m.via()) {
        b.append(" ← ").append(escape(v));
      }
    }
    b.append("</dd><dt>About</dt><dd>");
    if (c.about().isEmpty()) {
      b.append("—");
    }
    boolean first = true;
    for (String about : c.about()) {
      b.append(first ? "" : ", ");
      entityLink(b, about, Layout.name(kb, about, about));
      first = false;
    }
    b.append("</dd><dt>Rule</dt><dd>")
        .append(escape(m.provenance().rule()))
        .append(" ")
        .append(escape(m.provenance().version()))
        .append("</dd></dl>");

    b.append("<h2>In its document</h2>");
    Optional<Article> doc = kb.document(c.document());
    Span span = m.span();
    if (doc.isPresent() && span.end() <= doc.get().text().length()) {
      String text = doc.get().text();
      int from = Math.max(0, span.start() - 2 * Layout.CONTEXT);
      int to = Math.min(text.length(), span.end() + Layout.CONTEXT);
      b.append("<p>");
      Layout.documentItem(b, doc.get());
      b.append("</p><div class=\"snippet\">…")
          .append(escape(text.substring(from, span.start())))
          .append("<mark>")
          .append(escape(text.substring(span.start(), span.end())))
          .append("</mark>")
          .append(escape(text.substring(span.end(), to)))
          .append("…</div><p><a class=\"span-link\" href=\"")
          .append(EventPage.spanLink(c.document(), span.start(), span.end()))
          .append("\">Open the document at this span</a> <span class=\"meta\">characters ")
          .append(span.start())
          .append("–")
          .append(span.end())
          .append("</span></p>");
    } else {
      b.append("<p class=\"empty\">Document ")
          .append(escape(c.document()))
          .append(" is missing.</p>");
    }

    b.append("<h2>Supported by</h2>");
    if (c.supports().isEmpty()) {
      b.append("<p class=\"empty\">No other document carries this statement.</p>");
    } else {
      b.append("<ul class=\"supports\">");
      for (String id : c.supports()) {
        b.append("<li>");
        other(b, id);
        b.append("</li>");
      }
      b.append("</ul>");
      more(b, c.supports().size(), c.supportsTotal());
    }
    b.append("<h2>Contradicted by</h2>");
    if (c.contradicts().isEmpty()) {
      b.append("<p class=\"empty\">No claim contradicts it.</p>");
    } else {
      b.append("<ul class=\"contradicts\">");
      for (Contradiction x : c.contradicts()) {
        b.append("<li>");
        other(b, x.claim());
        b.append("<div class=\"reason\">").append(escape(x.reason())).append("</div></li>");
      }
      b.append("</ul>");
      more(b, c.contradicts().size(), c.contradictsTotal());
    }
    return foot(b);
  }

  /** Says how many claims a capped list leaves out. */
  private static void more(StringBuilder b, int listed, int total) {
    if (total > listed) {
      b.append("<p class=\"meta more\">The first ")
          .append(listed)
          .append(" of ")
          .append(total)
          .append(" claims.</p>");
    }
  }

  private void other(StringBuilder b, String id) {
    Optional<Claim> other = kb.claim(id);
    if (other.isPresent()) {
      Layout.claimItem(b, other.get(), speaker(other.get()));
    } else {
      b.append(escape(id));
    }
  }

  private String speaker(Claim c) {
    return c.speakerEntity() == null
        ? Layout.speakerName(c)
        : Layout.name(kb, c.speakerEntity(), Layout.speakerName(c));
  }
}
