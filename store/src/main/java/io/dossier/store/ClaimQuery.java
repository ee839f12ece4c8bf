// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import io.dossier.model.Claim;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A page of claims, optionally restricted to an entity (as speaker or as subject), a speaker, a
 * document, the outlet that published it and its standing against other sources.
 *
 * @param entity an entity id the claim is by or about, or null
 * @param speaker an entity id the claim is by, or null
 * @param document a document id, or null
 * @param outlet the outlet of the claim's document, or null
 * @param status the claim's standing, or null for any
 * @param offset claims to skip
 * @param limit maximum number returned
 */
public record ClaimQuery(
    @Nullable String entity,
    @Nullable String speaker,
    @Nullable String document,
    @Nullable String outlet,
    @Nullable Status status,
    int offset,
    int limit) {

  public ClaimQuery {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /** Any outlet and standing. */
  public ClaimQuery(
      @Nullable String entity,
      @Nullable String speaker,
      @Nullable String document,
      int offset,
      int limit) {
    this(entity, speaker, document, null, null, offset, limit);
  }

  /** All claims, paged. */
  public static ClaimQuery page(int offset, int limit) {
    return new ClaimQuery(null, null, null, null, null, offset, limit);
  }

  /**
   * How a claim stands against other sources. Corroborated and single-source are complements;
   * contradicted is independent of both (a statement two outlets carry can still be denied).
   */
  public enum Status {
    /** The same statement appears in at least two independent sources (outlets). */
    CORROBORATED,
    /** Another claim contradicts it (a denial, disagreeing figures or attribution). */
    CONTRADICTED,
    /** Only one independent source carries the statement. */
    SINGLE_SOURCE;

    /** Whether {@code claim} has this standing. */
    public boolean test(Claim claim) {
      return switch (this) {
        case CORROBORATED -> claim.independentSources() >= 2;
        case CONTRADICTED -> !claim.contradicts().isEmpty();
        case SINGLE_SOURCE -> claim.independentSources() < 2;
      };
    }

    /** The name used in URLs and JSON: {@code corroborated}, {@code single-source}. */
    public String wire() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status written {@code wire} (as {@link #wire()} gives it), if any. */
    public static Optional<Status> ofWire(String wire) {
      for (Status s : values()) {
        if (s.wire().equals(wire)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }
}
