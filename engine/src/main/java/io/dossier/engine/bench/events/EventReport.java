// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.events;

import io.dossier.model.EventMention;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** Markdown tables of the PLOVER event benchmark. */
public final class EventReport {

  private EventReport() {}

  /** Scores of the outcomes that pass {@code which}, projected ({@code coded}) or raw. */
  public static EventScorer.Scores score(
      List<EventBenchmark.Outcome> outcomes,
      Predicate<PloverRecord> which,
      Function<EventBenchmark.Outcome, EventScorer.Prediction> prediction) {
    EventScorer scorer = new EventScorer();
    for (EventBenchmark.Outcome o : outcomes) {
      if (which.test(o.record())) {
        scorer.add(o.record(), prediction.apply(o));
      }
    }
    return scorer.scores();
  }

  /** The summary table: one row per half (development, held-out, all). */
  public static String summary(List<EventBenchmark.Outcome> outcomes) {
    StringBuilder b = new StringBuilder();
    b.append(
        "| records | n | type accuracy | type macro-F1 | raw accuracy | raw macro-F1 |"
            + " source P / R | target P / R | casualties exact |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    row(b, "even (development)", outcomes, PloverRecord::development);
    row(b, "odd (held out)", outcomes, r -> !r.development());
    row(b, "all", outcomes, r -> true);
    return b.toString();
  }

  private static void row(
      StringBuilder b,
      String name,
      List<EventBenchmark.Outcome> outcomes,
      Predicate<PloverRecord> which) {
    EventScorer.Scores c = score(outcomes, which, EventBenchmark.Outcome::coded);
    EventScorer.Scores r = score(outcomes, which, EventBenchmark.Outcome::raw);
    b.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.2f / %.2f | %.2f / %.2f | %d / %d |%n",
            name,
            c.records(),
            c.accuracy(),
            c.macroF1(),
            r.accuracy(),
            r.macroF1(),
            c.source().precision(),
            c.source().recall(),
            c.target().precision(),
            c.target().recall(),
            c.casualtyExact(),
            c.casualtyRecords()));
  }

  /** Per-type precision, recall and F1 over all records, with the F1 of each half. */
  public static String perType(List<EventBenchmark.Outcome> outcomes) {
    EventScorer.Scores all = score(outcomes, r -> true, EventBenchmark.Outcome::coded);
    EventScorer.Scores even =
        score(outcomes, PloverRecord::development, EventBenchmark.Outcome::coded);
    EventScorer.Scores odd = score(outcomes, r -> !r.development(), EventBenchmark.Outcome::coded);
    StringBuilder b = new StringBuilder();
    b.append("| type | gold | predicted | P | R | F1 | F1 even | F1 odd |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, EventScorer.Prf> e : all.perType().entrySet()) {
      EventScorer.Prf p = e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.2f | %.2f | %.2f | %s | %s |%n",
              e.getKey(),
              p.gold(),
              p.predicted(),
              p.precision(),
              p.recall(),
              p.f1(),
              f1(even, e.getKey()),
              f1(odd, e.getKey())));
    }
    return b.toString();
  }

  private static String f1(EventScorer.Scores s, String type) {
    EventScorer.Prf p = s.perType().get(type);
    return p == null ? "–" : String.format(Locale.ROOT, "%.2f", p.f1());
  }

  /** One line per development record whose type, actors or casualties are wrong (for analysis). */
  public static String developmentErrors(List<EventBenchmark.Outcome> outcomes) {
    StringBuilder b = new StringBuilder();
    for (EventBenchmark.Outcome o : outcomes) {
      PloverRecord r = o.record();
      if (!r.development()) {
        continue;
      }
      EventMention m = o.main();
      EventScorer.Prediction p = o.coded();
      boolean typeOk = r.event().equals(p.type());
      b.append(typeOk ? "ok   " : "TYPE ")
          .append(r.id())
          .append(" gold=")
          .append(r.event())
          .append(" pred=")
          .append(p.type())
          .append(
              m == null
                  ? ""
                  : " trigger="
                      + m.trigger()
                      + " rule="
                      + m.provenance().rule()
                      + " modality="
                      + m.modality().wire())
          .append(" src=")
          .append(p.sources())
          .append("/")
          .append(r.sources())
          .append(" tar=")
          .append(p.targets())
          .append("/")
          .append(r.targets())
          .append(
              r.hasCasualties()
                  ? " dead=" + p.dead() + "/" + r.dead() + " inj=" + p.injured() + "/" + r.injured()
                  : "")
          .append("\n    ")
          .append(r.text())
          .append('\n');
    }
    return b.toString();
  }
}
