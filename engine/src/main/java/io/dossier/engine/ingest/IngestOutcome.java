// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.ingest;

/** What became of one article or input. */
public enum IngestOutcome {
  /** Processed and committed to the store. */
  INGESTED,
  /** Its content (or id) is already in the store or earlier in this run; skipped. */
  DUPLICATE,
  /** It could not be read or processed; reported as an issue. */
  FAILED
}
