// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.facts;

import io.dossier.model.Claim;
import io.dossier.model.Event;
import io.dossier.store.ClaimQuery;
import io.dossier.store.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How each source (outlet) fares in the knowledge base: the claims it carries and how they stand
 * against other sources, and the merged events it reports. A document without an outlet counts as
 * its own source under its id, as in the events' {@code sources}.
 */
public final class SourceProfiles {

  private SourceProfiles() {}

  /**
   * One source's record.
   *
   * @param outlet the outlet name (or the document id of a document without one)
   * @param claims claims found in its documents
   * @param corroborated those that at least one other independent source also carries
   * @param contradicted those another claim contradicts
   * @param hedged those with a hedge ("reportedly", "allegedly", …)
   * @param singleSource those no other independent source carries
   * @param events merged events it reports
   */
  public record Profile(
      String outlet,
      int claims,
      int corroborated,
      int contradicted,
      int hedged,
      int singleSource,
      int events) {

    public Profile {
      Objects.requireNonNull(outlet, "outlet");
    }

    /** Corroborated claims as a share of all its claims (0 with no claims). */
    public double corroboratedShare() {
      return share(corroborated);
    }

    /** Contradicted claims as a share of all its claims. */
    public double contradictedShare() {
      return share(contradicted);
    }

    /** Hedged claims as a share of all its claims. */
    public double hedgedShare() {
      return share(hedged);
    }

    /** Single-source claims as a share of all its claims. */
    public double singleSourceShare() {
      return share(singleSource);
    }

    /** The record of {@code GET /api/sources} and {@code dossier sources --format json}. */
    public Wire wire() {
      return new Wire(
          outlet,
          claims,
          corroborated,
          corroboratedShare(),
          contradicted,
          contradictedShare(),
          hedged,
          hedgedShare(),
          singleSource,
          singleSourceShare(),
          events);
    }

    private double share(int n) {
      return claims == 0 ? 0 : Math.round(1000.0 * n / claims) / 1000.0;
    }
  }

  /** A profile with its shares, as JSON shows it (snake_case through the export mapper). */
  public record Wire(
      String outlet,
      int claims,
      int corroborated,
      double corroboratedShare,
      int contradicted,
      double contradictedShare,
      int hedged,
      double hedgedShare,
      int singleSource,
      double singleSourceShare,
      int events) {}

  /** Profiles of every source of {@code kb}, most claims first (then most events, then name). */
  public static List<Profile> of(KnowledgeBase kb) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    kb.forEachClaim(
        (Claim c) -> {
          int[] n = counts.computeIfAbsent(sourceOf(c), k -> new int[6]);
          n[0]++;
          if (ClaimQuery.Status.CORROBORATED.test(c)) {
            n[1]++;
          }
          if (ClaimQuery.Status.CONTRADICTED.test(c)) {
            n[2]++;
          }
          if (!c.mention().hedges().isEmpty()) {
            n[3]++;
          }
          if (ClaimQuery.Status.SINGLE_SOURCE.test(c)) {
            n[4]++;
          }
        });
    kb.forEachEvent(
        (Event e) -> {
          for (String source : e.sources()) {
            counts.computeIfAbsent(source, k -> new int[6])[5]++;
          }
        });
    List<Profile> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new Profile(k, n[0], n[1], n[2], n[3], n[4], n[5])));
    out.sort(
        Comparator.comparingInt(Profile::claims)
            .reversed()
            .thenComparing(Comparator.comparingInt(Profile::events).reversed())
            .thenComparing(Profile::outlet));
    return List.copyOf(out);
  }

  private static String sourceOf(Claim c) {
    return c.outlet() == null || c.outlet().isBlank() ? c.document() : c.outlet();
  }
}
