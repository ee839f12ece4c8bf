// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A statement attributed to a speaker in one document, linked across documents: the claims that say
 * the same thing (one cluster) and the ones that contradict it.
 *
 * @param id stable id ({@code c-…}) from its document and position
 * @param mention the statement as extracted from its document
 * @param text the content (the covered text from the first to the last piece)
 * @param speakerEntity the speaker's resolved entity, if any
 * @param onBehalfOfEntity the resolved organisation spoken for, if any
 * @param about resolved entities the content mentions
 * @param cluster id of the group of claims that state the same thing ({@code k-…})
 * @param supports other claims in the cluster (in other documents)
 * @param contradicts claims that contradict this one, each with the reason
 * @param independentSources distinct outlets stating it, syndicated copies collapsed
 * @param outlet the outlet of its document, if known
 */
public record Claim(
    String id,
    ClaimMention mention,
    String text,
    @Nullable String speakerEntity,
    @Nullable String onBehalfOfEntity,
    List<String> about,
    String cluster,
    List<String> supports,
    List<Contradiction> contradicts,
    int independentSources,
    @Nullable String outlet) {
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cluster, "cluster");
    about = List.copyOf(about);
    supports = List.copyOf(supports);
    contradicts = List.copyOf(contradicts);
  }

  /** The document it was found in. */
  public String document() {
    return mention.provenance().document();
  }
}
