// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.resolution;

import io.dossier.engine.bench.resolution.CorefMetrics.Score;
import io.dossier.engine.bench.resolution.CorefMetrics.Scores;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Markdown tables of resolution measurements, as pasted into docs/BENCHMARKS.md. */
public final class ResolutionReport {

  private ResolutionReport() {}

  /** One row per result: recall/precision/F1 of each metric and CoNLL F1 (micro and macro). */
  public static String ecbPlusTable(List<EcbPlusEvaluation.Result> results) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "| setting | resolver | mentions | gold / predicted entities | MUC R / P / F1 | B³ R / P /"
            + " F1 | CEAF-e R / P / F1 | CoNLL F1 (micro) | CoNLL F1 (macro) |\n");
    sb.append("|---|---|---:|---:|---|---|---|---:|---:|\n");
    for (EcbPlusEvaluation.Result r : results) {
      Scores s = r.micro();
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %d / %d | %s | %s | %s | **%.1f** | %.1f |%n",
              r.setting().describe(),
              r.resolver(),
              r.mentions(),
              r.keyEntities(),
              r.responseEntities(),
              rpf(s.muc()),
              rpf(s.bCubed()),
              rpf(s.ceafE()),
              100 * s.conllF1(),
              100 * r.macroConllF1()));
    }
    return sb.toString();
  }

  /** CoNLL F1 per topic, one column per result. */
  public static String perTopicTable(List<EcbPlusEvaluation.Result> results) {
    StringBuilder sb = new StringBuilder("| topic |");
    StringBuilder rule = new StringBuilder("|---:|");
    Map<Integer, StringBuilder> rows = new TreeMap<>();
    for (EcbPlusEvaluation.Result r : results) {
      sb.append(' ').append(r.resolver()).append(" |");
      rule.append("---:|");
      r.perTopic()
          .forEach(
              (topic, s) ->
                  rows.computeIfAbsent(topic, t -> new StringBuilder("| " + t + " |"))
                      .append(String.format(Locale.ROOT, " %.1f |", 100 * s.conllF1())));
    }
    sb.append('\n').append(rule).append('\n');
    rows.values().forEach(row -> sb.append(row).append('\n'));
    return sb.toString();
  }

  /** Scaling points of one resolver, with the growth of time against the growth of input. */
  public static String scalingTable(String resolver, List<ResolutionScaling.Point> points) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "| resolver | articles | local entities | entities in KB | resolve s | µs / article | µs /"
            + " article, last 10% | × articles | × time | GC s |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double baseArticles = points.isEmpty() ? 1 : points.get(0).articles();
    double baseSeconds = points.isEmpty() ? 1 : points.get(0).seconds();
    for (ResolutionScaling.Point p : points) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %,d | %.2f | %.0f | %.0f | %.1f | %.1f | %.1f |%n",
              resolver,
              p.articles(),
              p.localEntities(),
              p.entities(),
              p.seconds(),
              p.microsPerArticle(),
              p.marginalMicrosPerArticle(),
              p.articles() / baseArticles,
              p.seconds() / baseSeconds,
              p.gcSeconds()));
    }
    return sb.toString();
  }

  private static String rpf(Score s) {
    return String.format(
        Locale.ROOT, "%.1f / %.1f / %.1f", 100 * s.recall(), 100 * s.precision(), 100 * s.f1());
  }
}
