// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Locale;

/** Whether a claim quotes the speaker's words or reports them. */
public enum ClaimKind {
  /** Words in quotation marks. */
  DIRECT,
  /** Reported speech, accusations, denials, "according to". */
  INDIRECT;

  /** The lower-case name used in exports. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
