// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One statement attributed to a speaker in one article.
 *
 * @param provenance document, the span from the first to the last piece of content, and the rule
 * @param kind direct quote or indirect speech
 * @param pieces the content pieces in text order (a quote split by "he said" has two); their union
 *     is the content
 * @param speaker who said it; null when the text does not tell (never a guess)
 * @param cue the cue as written ({@code said}, {@code according to}), if any
 * @param cueSpan where the cue is written, if any
 * @param hedges hedge words that weaken it ({@code allegedly}, {@code unable to verify})
 * @param modality asserted, reported, alleged or denied as the article frames it
 * @param via the attribution chain between the article and the speaker: agencies or outlets cited
 *     ("Reuters reported"), outermost first
 * @param about indexes of the article's {@link LocalEntity entities} the content mentions
 */
public record ClaimMention(
    Provenance provenance,
    ClaimKind kind,
    List<Span> pieces,
    @Nullable Speaker speaker,
    @Nullable String cue,
    @Nullable Span cueSpan,
    List<String> hedges,
    Modality modality,
    List<String> via,
    List<Integer> about) {
  public ClaimMention {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(modality, "modality");
    pieces = List.copyOf(pieces);
    hedges = List.copyOf(hedges);
    via = List.copyOf(via);
    about = List.copyOf(about);
    if (pieces.isEmpty()) {
      throw new IllegalArgumentException("claim without content");
    }
    if ((cue == null) != (cueSpan == null)) {
      throw new IllegalArgumentException("cue and cue span go together");
    }
  }

  /** The span from the first to the last content piece. */
  public Span span() {
    return provenance.span();
  }
}
