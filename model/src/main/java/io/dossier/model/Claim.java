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
 * @param supports other claims in the cluster (in other documents), the first {@value #LISTED} of
 *     them in ingest order
 * @param contradicts claims that contradict this one, each with the reason, the first {@value
 *     #LISTED} of them
 * @param independentSources distinct outlets stating it, syndicated copies collapsed
 * @param outlet the outlet of its document, if known
 * @param supportsTotal how many claims support it, listed or not
 * @param contradictsTotal how many claims contradict it, listed or not
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
    @Nullable String outlet,
    int supportsTotal,
    int contradictsTotal) {

  /**
   * Most supporting and contradicting claims a claim lists. A statement carried by thousands of
   * outlets would otherwise list thousands of claims in each of its thousands of copies, and the
   * output would grow with the square of its reports; the totals still count them all, and the
   * cluster id names every claim that states the same thing.
   */
  public static final int LISTED = 50;

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cluster, "cluster");
    about = List.copyOf(about);
    supports = List.copyOf(supports);
    contradicts = List.copyOf(contradicts);
    // a total is never below what is listed (claims stored before the totals existed read as 0)
    supportsTotal = Math.max(supportsTotal, supports.size());
    contradictsTotal = Math.max(contradictsTotal, contradicts.size());
  }

  /** A claim whose lists are complete: the totals are their sizes. */
  public Claim(
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
    this(
        id,
        mention,
        text,
        speakerEntity,
        onBehalfOfEntity,
        about,
        cluster,
        supports,
        contradicts,
        independentSources,
        outlet,
        supports.size(),
        contradicts.size());
  }

  /** The document it was found in. */
  public String document() {
    return mention.provenance().document();
  }
}
