// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Locale;

/** The part an actor plays in an event. */
public enum ActorRole {
  /** The one who acts (the agent; the "by" phrase of a passive). */
  SOURCE,
  /** The one acted upon. */
  TARGET,
  /** Involved otherwise (a co-participant, a mediator). */
  OTHER;

  /** The lower-case name used in exports. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
