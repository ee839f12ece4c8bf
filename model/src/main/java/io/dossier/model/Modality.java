// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Locale;

/** How certain the text is that an event happened or a statement holds. */
public enum Modality {
  /** Stated as fact by the article itself. */
  ASSERTED,
  /** Attributed to a source ("said", "according to"). */
  REPORTED,
  /** Hedged ("allegedly", "reportedly", "unable to verify", "suspected"). */
  ALLEGED,
  /** Negated or denied ("denied", "did not"). */
  DENIED,
  /** Intended or scheduled, not yet happened ("plans to", "will", "vowed to"). */
  PLANNED,
  /** Conditional or possible ("if", "could", "may"). */
  HYPOTHETICAL;

  /** The lower-case name used in exports. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
