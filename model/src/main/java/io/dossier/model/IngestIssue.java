// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A problem with one input: reported, counted and summarized; the run goes on.
 *
 * @param source the file or URL, as given
 * @param location where in the source (for example {@code line 12}), if known
 * @param kind what went wrong
 * @param message one line that says what is wrong and, where possible, how to fix it
 */
public record IngestIssue(String source, @Nullable String location, Kind kind, String message) {

  /** Classes of input problems. */
  public enum Kind {
    /** The file type is not one Dossier reads. */
    UNSUPPORTED,
    /** The file could not be read (permissions, I/O error, not found). */
    UNREADABLE,
    /** The content is broken (malformed JSON, invalid encoding, binary data). */
    MALFORMED,
    /** Nothing to ingest: empty file or no article text after boilerplate removal. */
    EMPTY,
    /** Too large to process safely. */
    TOO_LARGE,
    /** The article was read but a later stage failed on it. */
    FAILED
  }

  public IngestIssue {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** One line for the user: {@code source[:location]: message}. */
  public String describe() {
    return source + (location == null ? "" : ":" + location) + ": " + message;
  }
}
