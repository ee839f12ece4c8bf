// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import java.util.Objects;

/**
 * One full-text search result.
 *
 * @param kind what was found: {@link #DOCUMENT} or {@link #ENTITY}
 * @param id the document or entity id
 * @param label what to show: the document title (or the start of its text) or the entity name
 * @param score relevance; only comparable between hits of the same search
 */
public record SearchHit(String kind, String id, String label, float score) {

  /** {@link #kind()} of a hit on an article. */
  public static final String DOCUMENT = "document";

  /** {@link #kind()} of a hit on a resolved entity. */
  public static final String ENTITY = "entity";

  public SearchHit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    if (!kind.equals(DOCUMENT) && !kind.equals(ENTITY)) {
      throw new IllegalArgumentException(
          "kind must be '" + DOCUMENT + "' or '" + ENTITY + "', not '" + kind + "'");
    }
  }
}
