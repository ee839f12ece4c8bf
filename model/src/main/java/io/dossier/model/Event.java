// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A real-world event after cross-document merging: every source's values are kept.
 *
 * @param id stable id ({@code v-…}): derived from its oldest mention
 * @param type PLOVER type
 * @param mode finer kind, if known
 * @param date date with precision and basis
 * @param location where it happened, if reported
 * @param actors source, target and other actors
 * @param fatalities reported deaths, if any source gives a number
 * @param injured reported injured, if any source gives a number
 * @param modality the firmest framing among its reports (asserted before reported, alleged,
 *     planned, hypothetical, denied)
 * @param evidence the sentences that report it, oldest document first
 * @param sources outlets (or document ids where the outlet is unknown) that report it
 * @param independentSources distinct outlets after collapsing syndicated copies
 * @param respondsTo ids of the events this one responds to (a condemnation of, an inquiry into)
 * @param documents the reporting documents, in ingest order
 */
public record Event(
    String id,
    EventType type,
    @Nullable String mode,
    EventDate date,
    @Nullable EventLocation location,
    List<Participant> actors,
    @Nullable Casualties fatalities,
    @Nullable Casualties injured,
    Modality modality,
    List<Evidence> evidence,
    List<String> sources,
    int independentSources,
    List<String> respondsTo,
    List<String> documents) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(modality, "modality");
    actors = List.copyOf(actors);
    evidence = List.copyOf(evidence);
    sources = List.copyOf(sources);
    respondsTo = List.copyOf(respondsTo);
    documents = List.copyOf(documents);
  }
}
