// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Layout.foot;
import static io.dossier.server.Layout.head;

import io.dossier.engine.facts.SourceProfiles;
import io.dossier.store.ClaimQuery;
import java.util.List;
import java.util.Locale;

/** Source profiles: per outlet, its claims by standing and the events it reports. */
final class SourcesPage {
  private final CorpusDigest digest;

  SourcesPage(CorpusDigest digest) {
    this.digest = digest;
  }

  String render() {
    List<SourceProfiles.Profile> profiles = digest.get().profiles();
    StringBuilder b = new StringBuilder();
    head(b, "Sources");
    b.append("<p class=\"meta\">Corroborated: at least one other independent outlet carries the")
        .append(" same statement. Single source: no other one does. Contradicted: another claim")
        .append(" denies it or gives other figures or another perpetrator. Hedged: it carries a")
        .append(" hedge (reportedly, allegedly…).</p>");
    if (profiles.isEmpty()) {
      b.append("<p class=\"empty\">No claims or events yet.</p>");
      return foot(b);
    }
    b.append("<table class=\"sources\"><thead><tr><th>outlet</th><th>claims</th>")
        .append("<th>corroborated</th><th>contradicted</th><th>hedged</th>")
        .append("<th>single source</th><th>events reported</th></tr></thead><tbody>");
    for (SourceProfiles.Profile p : profiles) {
      ClaimQuery all = new ClaimQuery(null, null, null, p.outlet(), null, 0, 0);
      b.append("<tr><td><a href=\"")
          .append(LedgerPage.url(all, 0))
          .append("\">")
          .append(escape(p.outlet()))
          .append("</a></td><td>")
          .append(p.claims())
          .append("</td>");
      cell(b, p, ClaimQuery.Status.CORROBORATED, p.corroborated(), p.corroboratedShare());
      cell(b, p, ClaimQuery.Status.CONTRADICTED, p.contradicted(), p.contradictedShare());
      b.append("<td>")
          .append(p.hedged())
          .append(share(p.hedgedShare(), p.claims()))
          .append("</td>");
      cell(b, p, ClaimQuery.Status.SINGLE_SOURCE, p.singleSource(), p.singleSourceShare());
      b.append("<td>").append(p.events()).append("</td></tr>");
    }
    b.append("</tbody></table>");
    return foot(b);
  }

  private static void cell(
      StringBuilder b, SourceProfiles.Profile p, ClaimQuery.Status s, int n, double share) {
    ClaimQuery q = new ClaimQuery(null, null, null, p.outlet(), s, 0, 0);
    b.append("<td><a href=\"")
        .append(LedgerPage.url(q, 0))
        .append("\">")
        .append(n)
        .append("</a>")
        .append(share(share, p.claims()))
        .append("</td>");
  }

  private static String share(double share, int claims) {
    return claims == 0
        ? ""
        : " <span class=\"meta\">" + String.format(Locale.ROOT, "%.0f%%", share * 100) + "</span>";
  }
}
