// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.ingest;

import io.dossier.model.IngestIssue;

/** Receives progress while an ingest runs (the command line draws its progress bar from it). */
public interface IngestListener {

  /** A listener that ignores everything. */
  IngestListener NONE = new IngestListener() {};

  /** The estimated number of articles grew by {@code count} (called as inputs are discovered). */
  default void expected(long count) {}

  /** One article (or one failed input) was finished with {@code outcome}. */
  default void finished(String source, IngestOutcome outcome) {}

  /** A problem with one input; the run goes on. */
  default void issue(IngestIssue issue) {}
}
