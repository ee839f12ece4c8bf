// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.ingest;

import io.dossier.model.IngestIssue;
import java.util.List;

/**
 * The outcome of an ingest run.
 *
 * @param ingested articles committed
 * @param duplicates articles skipped because their content or id was already known
 * @param failed inputs or articles that failed, each described in {@code issues}
 * @param issues every problem, in the order met
 * @param elapsedMillis wall time of the run
 */
public record IngestSummary(
    int ingested, int duplicates, int failed, List<IngestIssue> issues, long elapsedMillis) {

  public IngestSummary {
    issues = List.copyOf(issues);
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
}
