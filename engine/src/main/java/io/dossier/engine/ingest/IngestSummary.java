// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.ingest;

import io.dossier.model.IngestIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of an ingest run.
 *
 * @param ingested articles committed
 * @param duplicates articles skipped because their content or id was already known
 * @param failed inputs or articles that failed, each described in {@code issues}
 * @param issues every problem, in the order met
 * @param elapsedMillis wall time of the run
 * @param notAnalysed of the articles committed, how many per language were stored without analysis
 *     because the stages are English-only (language code → count, sorted by code)
 */
public record IngestSummary(
    int ingested,
    int duplicates,
    int failed,
    List<IngestIssue> issues,
    long elapsedMillis,
    SortedMap<String, Integer> notAnalysed) {

  public IngestSummary {
    issues = List.copyOf(issues);
    notAnalysed = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(notAnalysed));
  }

  /** A summary in which every article was analysed. */
  public IngestSummary(
      int ingested, int duplicates, int failed, List<IngestIssue> issues, long elapsedMillis) {
    this(ingested, duplicates, failed, issues, elapsedMillis, new TreeMap<>());
  }

  /** One line for the user. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "ingested %d, duplicates skipped %d, failed %d (%.1f s)",
        ingested,
        duplicates,
        failed,
        elapsedMillis / 1000.0);
  }

  /**
   * One line per language whose articles were stored but not analysed, such as {@code not analysed
   * (language fr): 3}; none when every article was analysed.
   */
  public List<String> describeNotAnalysed() {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Integer> e : notAnalysed.entrySet()) {
      lines.add("not analysed (language " + e.getKey() + "): " + e.getValue());
    }
    return lines;
  }
}
