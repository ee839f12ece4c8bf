// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import org.jspecify.annotations.Nullable;

/**
 * A page of claims, optionally restricted to an entity (as speaker or as subject), a document or a
 * speaker.
 *
 * @param entity an entity id the claim is by or about, or null
 * @param speaker an entity id the claim is by, or null
 * @param document a document id, or null
 * @param offset claims to skip
 * @param limit maximum number returned
 */
public record ClaimQuery(
    @Nullable String entity,
    @Nullable String speaker,
    @Nullable String document,
    int offset,
    int limit) {

  public ClaimQuery {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /** All claims, paged. */
  public static ClaimQuery page(int offset, int limit) {
    return new ClaimQuery(null, null, null, offset, limit);
  }
}
