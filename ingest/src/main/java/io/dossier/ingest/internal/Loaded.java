// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.internal;

import io.dossier.model.IngestIssue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The outcome of loading an input as text: the decoded text or the problem that stopped it. */
public sealed interface Loaded {

  /**
   * The decoded text.
   *
   * @param text the whole content, without a byte-order mark
   */
  record Text(String text) implements Loaded {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Why the input could not be loaded.
   *
   * @param kind the issue kind to report
   * @param message one line saying what is wrong and how to fix it
   */
  record Problem(IngestIssue.Kind kind, String message) implements Loaded {
    public Problem {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }

    /** This problem as an issue of {@code source} at {@code location}. */
    public IngestIssue toIssue(String source, @Nullable String location) {
      return new IngestIssue(source, location, kind, message);
    }
  }
}
