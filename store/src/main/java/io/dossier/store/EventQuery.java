// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A page of merged events, optionally restricted to an entity, a document, a date range and a type.
 * With a range, only events whose date window overlaps it are returned (events with an unknown date
 * are left out).
 *
 * @param entity an entity id (its actors or its place), or null
 * @param document a reporting document id, or null
 * @param from first day of the range, or null
 * @param to last day of the range, or null
 * @param type an event type name (PLOVER, as {@code ASSAULT}), or null
 * @param offset events to skip
 * @param limit maximum number returned
 */
public record EventQuery(
    @Nullable String entity,
    @Nullable String document,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String type,
    int offset,
    int limit) {

  public EventQuery {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /** Any type. */
  public EventQuery(
      @Nullable String entity,
      @Nullable String document,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      int offset,
      int limit) {
    this(entity, document, from, to, null, offset, limit);
  }

  /** All events, paged. */
  public static EventQuery page(int offset, int limit) {
    return new EventQuery(null, null, null, null, null, offset, limit);
  }
}
