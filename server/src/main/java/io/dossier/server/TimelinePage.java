// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Layout.foot;
import static io.dossier.server.Layout.head;

import io.dossier.model.Event;
import io.dossier.store.EventQuery;
import io.dossier.store.KnowledgeBase;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus timeline: merged events per month as a bar chart (SVG, no script), and a month's
 * events grouped by date, each linking to its event page.
 */
final class TimelinePage {
  /** Events listed per page of a month. */
  static final int MONTH_PAGE = 100;

  private static final int BAR = 14;
  private static final int HEIGHT = 120;

  private final KnowledgeBase kb;
  private final CorpusDigest digest;

  TimelinePage(KnowledgeBase kb, CorpusDigest digest) {
    this.kb = kb;
    this.digest = digest;
  }

  /** The chart, and the events of {@code month} (null: none chosen) from {@code offset}. */
  String render(YearMonth month, int offset) {
    CorpusDigest.Snapshot s = digest.get();
    StringBuilder b = new StringBuilder();
    head(b, month == null ? "Timeline" : "Timeline: " + month);
    int dated = s.months().values().stream().mapToInt(Integer::intValue).sum();
    b.append("<p class=\"meta\">")
        .append(dated)
        .append(" events dated within a month · ")
        .append(s.imprecise())
        .append(" dated only to a year · ")
        .append(s.undated())
        .append(" undated</p>");
    if (s.months().isEmpty()) {
      b.append("<p class=\"empty\">No dated events.</p>");
    } else {
      chart(b, s.months(), month);
    }
    if (month != null) {
      EventQuery q =
          new EventQuery(
              null, null, month.atDay(1), month.atEndOfMonth(), null, offset, MONTH_PAGE);
      long total = kb.eventCount(q);
      b.append("<h2 id=\"events\">")
          .append(month)
          .append(" <span class=\"count\">")
          .append(total)
          .append("</span></h2><p class=\"meta\">Events whose date window overlaps the month,")
          .append(" by date.</p>");
      Map<String, StringBuilder> byDate = new java.util.TreeMap<>();
      for (Event e : kb.events(q)) {
        String key = e.date().value() == null ? "unknown" : e.date().value();
        StringBuilder item = byDate.computeIfAbsent(key, k -> new StringBuilder());
        item.append("<li>");
        Layout.eventItem(item, e);
        item.append("</li>");
      }
      b.append("<dl class=\"days\">");
      byDate.forEach(
          (date, items) ->
              b.append("<dt>")
                  .append(escape(date))
                  .append("</dt><dd><ul>")
                  .append(items)
                  .append("</ul></dd>"));
      b.append("</dl>");
      if (total > MONTH_PAGE || offset > 0) {
        b.append("<nav class=\"pager\">");
        if (offset > 0) {
          b.append("<a rel=\"prev\" href=\"/timeline?month=")
              .append(month)
              .append("&amp;offset=")
              .append(Math.max(0, offset - MONTH_PAGE))
              .append("#events\">Previous</a> ");
        }
        if (offset + MONTH_PAGE < total) {
          b.append("<a rel=\"next\" href=\"/timeline?month=")
              .append(month)
              .append("&amp;offset=")
              .append(offset + MONTH_PAGE)
              .append("#events\">Next</a>");
        }
        b.append("</nav>");
      }
    }
    b.append("<h2>Months</h2><table class=\"months\"><tbody>");
    for (Map.Entry<String, Integer> m : reversed(s.months()).entrySet()) {
      b.append("<tr><td><a href=\"/timeline?month=")
          .append(m.getKey())
          .append("#events\">")
          .append(m.getKey())
          .append("</a></td><td>")
          .append(m.getValue())
          .append("</td></tr>");
    }
    b.append("</tbody></table>");
    return foot(b);
  }

  private static void chart(StringBuilder b, Map<String, Integer> months, YearMonth chosen) {
    List<String> keys = List.copyOf(months.keySet());
    YearMonth first = YearMonth.parse(keys.get(0));
    YearMonth last = YearMonth.parse(keys.get(keys.size() - 1));
    int span = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    if (span > 600) {
      first = last.minusMonths(599);
      span = 600;
    }
    int max = months.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    int width = span * BAR;
    b.append("<svg class=\"timeline\" role=\"img\" aria-label=\"events per month\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(HEIGHT + 20)
        .append("\" width=\"")
        .append(Math.max(width, 200))
        .append("\" height=\"")
        .append(HEIGHT + 20)
        .append("\">");
    for (int i = 0; i < span; i++) {
      YearMonth m = first.plusMonths(i);
      int n = months.getOrDefault(m.toString(), 0);
      if (n > 0) {
        int h = Math.max(2, Math.round((float) HEIGHT * n / max));
        b.append("<a href=\"/timeline?month=")
            .append(m)
            .append("#events\"><rect class=\"bar")
            .append(m.equals(chosen) ? " chosen" : "")
            .append("\" x=\"")
            .append(i * BAR + 1)
            .append("\" y=\"")
            .append(HEIGHT - h)
            .append("\" width=\"")
            .append(BAR - 2)
            .append("\" height=\"")
            .append(h)
            .append("\"><title>")
            .append(m)
            .append(": ")
            .append(n)
            .append(" events</title></rect></a>");
      }
      if (m.getMonthValue() == 1 || i == 0) {
        b.append("<text x=\"")
            .append(i * BAR)
            .append("\" y=\"")
            .append(HEIGHT + 14)
            .append("\" class=\"axis\">")
            .append(m.getYear())
            .append("</text>");
      }
    }
    b.append("</svg>");
  }

  private static Map<String, Integer> reversed(Map<String, Integer> months) {
    Map<String, Integer> out = new LinkedHashMap<>();
    List<String> keys = new java.util.ArrayList<>(months.keySet());
    java.util.Collections.reverse(keys);
    keys.forEach(k -> out.put(k, months.get(k)));
    return out;
  }
}
