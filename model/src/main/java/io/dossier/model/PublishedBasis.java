// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Locale;

/** How an article's publication date was obtained. */
public enum PublishedBasis {
  /** From the input's metadata (JSONL field, HTML meta/JSON-LD/time element, WARC record). */
  METADATA,
  /** From an explicit full date (with year) in the article text. */
  INFERRED,
  /** Not known; relative expressions in the text stay unresolved. */
  UNKNOWN;

  /** The value written in exports: {@code metadata}, {@code inferred} or {@code unknown}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label as written by {@link #label()}. */
  public static PublishedBasis fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
