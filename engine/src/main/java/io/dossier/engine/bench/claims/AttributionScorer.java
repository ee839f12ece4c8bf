// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.claims;

import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores predicted attributions of one split against gold, as the PolNeAR README prescribes:
 * content matched one-to-one (exact: same character set; partial: overlap of at least half the gold
 * content, greedy by largest overlap), then speaker and cue over the matched pairs, plus source-
 * and cue-span F1 over the distinct spans of each article. Accumulates over articles; not
 * thread-safe.
 */
public final class AttributionScorer {

  /**
   * One predicted attribution, reduced to spans.
   *
   * @param content content pieces
   * @param speaker the speaker phrase, if any
   * @param speakerMentions spans of the mentions of the speaker's resolved entity, if any
   * @param cue the cue span, if any
   */
  public record Predicted(
      List<Span> content, @Nullable Span speaker, List<Span> speakerMentions, @Nullable Span cue) {
    public Predicted {
      content = List.copyOf(content);
      speakerMentions = List.copyOf(speakerMentions);
    }
  }

  /** A matched pair and what the scorer said about it (for error listings). */
  public record Pair(
      PolnearCorpus.@Nullable Attribution gold,
      @Nullable Predicted predicted,
      boolean exact,
      boolean speakerRight) {}

  private int predictedCount;
  private int goldCount;
  private int exactTp;
  private int partialTp;
  private int matchedWithSource;
  private int speakerRight;
  private int endToEndTp;
  private int matchedWithCue;
  private int cueRight;
  private int sourceSpansPredicted;
  private int sourceSpansGold;
  private int sourceSpansMatched;
  private int cueSpansPredicted;
  private int cueSpansGold;
  private int cueSpansMatched;

  /**
   * Scores one article; returns its pairs, misses (predicted null) and false alarms (gold null).
   */
  public List<Pair> add(List<PolnearCorpus.Attribution> goldAll, List<Predicted> predicted) {
    List<PolnearCorpus.Attribution> gold =
        goldAll.stream().filter(g -> !g.content().isEmpty()).toList();
    predictedCount += predicted.size();
    goldCount += gold.size();
    List<BitSet> goldChars = gold.stream().map(g -> chars(g.content())).toList();
    List<BitSet> predChars = predicted.stream().map(p -> chars(p.content())).toList();

    // exact: same character set, one-to-one
    boolean[] goldExact = new boolean[gold.size()];
    boolean[] predExact = new boolean[predicted.size()];
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        if (!goldExact[g] && predChars.get(p).equals(goldChars.get(g))) {
          goldExact[g] = true;
          predExact[p] = true;
          exactTp++;
          break;
        }
      }
    }

    // partial: greedy one-to-one by largest overlap, overlap >= half the gold content
    List<int[]> candidates = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        BitSet both = (BitSet) predChars.get(p).clone();
        both.and(goldChars.get(g));
        int overlap = both.cardinality();
        if (overlap > 0 && 2 * overlap >= goldChars.get(g).cardinality()) {
          candidates.add(new int[] {p, g, overlap});
        }
      }
    }
    candidates.sort(Comparator.comparingInt((int[] c) -> -c[2]));
    int[] goldOf = new int[predicted.size()];
    java.util.Arrays.fill(goldOf, -1);
    boolean[] goldMatched = new boolean[gold.size()];
    for (int[] c : candidates) {
      if (goldOf[c[0]] < 0 && !goldMatched[c[1]]) {
        goldOf[c[0]] = c[1];
        goldMatched[c[1]] = true;
      }
    }

    List<Pair> pairs = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      Predicted pred = predicted.get(p);
      if (goldOf[p] < 0) {
        pairs.add(new Pair(null, pred, false, false));
        continue;
      }
      partialTp++;
      PolnearCorpus.Attribution g = gold.get(goldOf[p]);
      boolean right;
      if (g.source() == null) {
        right = pred.speaker() == null;
      } else {
        matchedWithSource++;
        right = speakerOverlaps(pred, g.source());
        if (right) {
          speakerRight++;
        }
      }
      if (right) {
        endToEndTp++;
      }
      if (g.cue() != null) {
        matchedWithCue++;
        if (pred.cue() != null && pred.cue().overlaps(g.cue())) {
          cueRight++;
        }
      }
      pairs.add(new Pair(g, pred, predExact[p], right));
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!goldMatched[g]) {
        pairs.add(new Pair(gold.get(g), null, false, false));
      }
    }

    // distinct source and cue spans
    Set<Span> goldSources = new LinkedHashSet<>();
    Set<Span> goldCues = new LinkedHashSet<>();
    for (PolnearCorpus.Attribution g : goldAll) {
      if (g.source() != null) {
        goldSources.add(g.source());
      }
      if (g.cue() != null) {
        goldCues.add(g.cue());
      }
    }
    Set<Span> predSources = new LinkedHashSet<>();
    Set<Span> predCues = new LinkedHashSet<>();
    for (Predicted p : predicted) {
      if (p.speaker() != null) {
        predSources.add(p.speaker());
      }
      if (p.cue() != null) {
        predCues.add(p.cue());
      }
    }
    sourceSpansPredicted += predSources.size();
    sourceSpansGold += goldSources.size();
    sourceSpansMatched += matchSpans(List.copyOf(predSources), List.copyOf(goldSources));
    cueSpansPredicted += predCues.size();
    cueSpansGold += goldCues.size();
    cueSpansMatched += matchSpans(List.copyOf(predCues), List.copyOf(goldCues));
    return pairs;
  }

  private static boolean speakerOverlaps(Predicted pred, Span source) {
    if (pred.speaker() != null && pred.speaker().overlaps(source)) {
      return true;
    }
    return pred.speakerMentions().stream().anyMatch(m -> m.overlaps(source));
  }

  /** Greedy one-to-one matching of overlapping spans by largest overlap. */
  static int matchSpans(List<Span> predicted, List<Span> gold) {
    List<int[]> candidates = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        Span a = predicted.get(p);
        Span b = gold.get(g);
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        if (overlap > 0) {
          candidates.add(new int[] {p, g, overlap});
        }
      }
    }
    candidates.sort(Comparator.comparingInt((int[] c) -> -c[2]));
    boolean[] pUsed = new boolean[predicted.size()];
    boolean[] gUsed = new boolean[gold.size()];
    int matched = 0;
    for (int[] c : candidates) {
      if (!pUsed[c[0]] && !gUsed[c[1]]) {
        pUsed[c[0]] = true;
        gUsed[c[1]] = true;
        matched++;
      }
    }
    return matched;
  }

  private static BitSet chars(List<Span> pieces) {
    BitSet bits = new BitSet();
    for (Span s : pieces) {
      bits.set(s.start(), s.end());
    }
    return bits;
  }

  /** The scores accumulated so far. */
  public Scores scores() {
    return new Scores(
        predictedCount,
        goldCount,
        prf(exactTp, predictedCount, goldCount),
        prf(partialTp, predictedCount, goldCount),
        ratio(speakerRight, matchedWithSource),
        prf(endToEndTp, predictedCount, goldCount),
        ratio(cueRight, matchedWithCue),
        prf(sourceSpansMatched, sourceSpansPredicted, sourceSpansGold),
        prf(cueSpansMatched, cueSpansPredicted, cueSpansGold));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static Prf prf(int tp, int predicted, int gold) {
    double p = ratio(tp, predicted);
    double r = ratio(tp, gold);
    return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** Precision, recall and F1. */
  public record Prf(double precision, double recall, double f1) {}

  /**
   * The benchmark's scores.
   *
   * @param predicted predicted attributions
   * @param gold gold attributions with content
   * @param contentExact content detection, same character set
   * @param contentPartial content detection, overlap of at least half the gold content
   * @param speakerAccuracy speaker right over partially matched pairs whose gold has a source
   * @param endToEnd content (partial) and speaker both right
   * @param cueAccuracy cue overlaps over matched pairs whose gold has a cue
   * @param sourceSpans distinct predicted speaker spans against distinct gold source spans
   * @param cueSpans distinct predicted cue spans against distinct gold cue spans
   */
  public record Scores(
      int predicted,
      int gold,
      Prf contentExact,
      Prf contentPartial,
      double speakerAccuracy,
      Prf endToEnd,
      double cueAccuracy,
      Prf sourceSpans,
      Prf cueSpans) {}
}
