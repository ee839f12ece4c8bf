// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import java.util.Objects;

/**
 * A curation request (merge, split, rename) that the knowledge base refuses because of what it
 * asks, not because the store failed; nothing was changed. The message is one line naming the
 * entity; {@link #reason()} lets a user interface add a matching hint.
 */
public final class CurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Why a request was refused. */
  public enum Reason {
    /** An id names no entity (and no entity merged away). */
    UNKNOWN_ENTITY,
    /** Both ids name the same entity, or one was already merged into the other. */
    SAME_ENTITY,
    /** The two entities have different types and the merge was not forced. */
    TYPE_MISMATCH,
    /** The entity has no alias with that name. */
    UNKNOWN_ALIAS,
    /** The alias is the only one of the entity, or its canonical name. */
    ALIAS_NOT_SPLITTABLE,
    /** A name is blank, or the entity already has it. */
    INVALID_NAME,
    /** The id chosen for a new entity is taken. */
    ID_TAKEN
  }

  private final Reason reason;

  /** A refusal for {@code reason}, explained by {@code message} (one line). */
  public CurationException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Why the request was refused. */
  public Reason reason() {
    return reason;
  }
}
