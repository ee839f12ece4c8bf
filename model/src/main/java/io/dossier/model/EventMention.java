// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event as one sentence of one article reports it.
 *
 * @param provenance document, span of the trigger word(s), and the rule that typed it
 * @param trigger the trigger as written ({@code executed}, {@code the executions})
 * @param sentence span of the sentence: the evidence
 * @param type PLOVER event type
 * @param mode finer kind ({@code execution}, {@code airstrike}, {@code arrest}), if known
 * @param actors source, target and other actors
 * @param date the event date (not the publication date), with precision and basis
 * @param place where it happened, if the text says
 * @param killed reported fatalities, if the sentence gives a number
 * @param injured reported injured, if the sentence gives a number
 * @param modality asserted, reported, alleged, denied, planned or hypothetical
 * @param cues the words that set the modality ({@code allegedly}, {@code said}, {@code denied})
 * @param respondsTo index (in this article's event list) of the incident this event responds to
 *     ("the UN condemned the executions"), if the text says so
 */
public record EventMention(
    Provenance provenance,
    String trigger,
    Span sentence,
    EventType type,
    @Nullable String mode,
    List<EventActor> actors,
    EventDate date,
    @Nullable EventPlace place,
    @Nullable CasualtyCount killed,
    @Nullable CasualtyCount injured,
    Modality modality,
    List<String> cues,
    @Nullable Integer respondsTo) {
  public EventMention {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(modality, "modality");
    actors = List.copyOf(actors);
    cues = List.copyOf(cues);
  }

  /** The span of the trigger. */
  public Span span() {
    return provenance.span();
  }
}
