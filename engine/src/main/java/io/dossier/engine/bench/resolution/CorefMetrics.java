// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.resolution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The standard coreference metrics, computed as in the CoNLL-2012 reference scorer (Pradhan et al.,
 * ACL 2014): MUC (Vilain et al., 1995), B³ (Bagga and Baldwin, 1998), CEAF-e with the φ4 entity
 * similarity and an optimal (Kuhn-Munkres) alignment (Luo, 2005), and CoNLL F1, their F1 average.
 *
 * <p>A clustering is a collection of clusters of mentions; singletons are clusters of one mention
 * and count in B³ and CEAF-e (MUC ignores them by definition). Key and response may cover different
 * mentions: mentions missing from one side are treated as in the reference scorer. Each score keeps
 * its numerators and denominators, so scores of several documents or topics pool by {@link
 * Score#plus summing} (micro average), as the reference scorer does over documents.
 */
public final class CorefMetrics {

  private CorefMetrics() {}

  /**
   * Recall and precision of one metric as numerator/denominator pairs.
   *
   * @param recallNumerator recall numerator
   * @param recallDenominator recall denominator
   * @param precisionNumerator precision numerator
   * @param precisionDenominator precision denominator
   */
  public record Score(
      double recallNumerator,
      double recallDenominator,
      double precisionNumerator,
      double precisionDenominator) {

    /** The empty score, the identity of {@link #plus}. */
    public static final Score ZERO = new Score(0, 0, 0, 0);

    /** Recall; 0 when the denominator is 0. */
    public double recall() {
      return recallDenominator == 0 ? 0 : recallNumerator / recallDenominator;
    }

    /** Precision; 0 when the denominator is 0. */
    public double precision() {
      return precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator;
    }

    /** Harmonic mean of recall and precision; 0 when both are 0. */
    public double f1() {
      double r = recall();
      double p = precision();
      return r + p == 0 ? 0 : 2 * r * p / (r + p);
    }

    /** The pooled score of two parts (sums of numerators and denominators). */
    public Score plus(Score other) {
      return new Score(
          recallNumerator + other.recallNumerator,
          recallDenominator + other.recallDenominator,
          precisionNumerator + other.precisionNumerator,
          precisionDenominator + other.precisionDenominator);
    }
  }

  /**
   * MUC, B³ and CEAF-e of one comparison (or pooled over several).
   *
   * @param muc MUC
   * @param bCubed B³
   * @param ceafE CEAF-e
   */
  public record Scores(Score muc, Score bCubed, Score ceafE) {

    /** Nothing scored yet. */
    public static final Scores ZERO = new Scores(Score.ZERO, Score.ZERO, Score.ZERO);

    public Scores {
      Objects.requireNonNull(muc, "muc");
      Objects.requireNonNull(bCubed, "bCubed");
      Objects.requireNonNull(ceafE, "ceafE");
    }

    /** CoNLL F1: the average of the MUC, B³ and CEAF-e F1 values. */
    public double conllF1() {
      return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
    }

    /** The pooled scores of two parts. */
    public Scores plus(Scores other) {
      return new Scores(muc.plus(other.muc), bCubed.plus(other.bCubed), ceafE.plus(other.ceafE));
    }
  }

  /** All three metrics of {@code response} against {@code key}. */
  public static <T> Scores score(
      Collection<? extends Collection<T>> key, Collection<? extends Collection<T>> response) {
    Clustering<T> k = new Clustering<>(key, "key");
    Clustering<T> r = new Clustering<>(response, "response");
    return new Scores(muc(k, r), bCubed(k, r), ceafE(k, r));
  }

  /** MUC: links recovered, counted through the partition of each cluster by the other side. */
  public static <T> Score muc(
      Collection<? extends Collection<T>> key, Collection<? extends Collection<T>> response) {
    return muc(new Clustering<>(key, "key"), new Clustering<>(response, "response"));
  }

  /** B³: per-mention overlap of the mention's key and response clusters, singletons included. */
  public static <T> Score bCubed(
      Collection<? extends Collection<T>> key, Collection<? extends Collection<T>> response) {
    return bCubed(new Clustering<>(key, "key"), new Clustering<>(response, "response"));
  }

  /** CEAF-e: the best one-to-one alignment of clusters under φ4 = 2|K∩R| / (|K| + |R|). */
  public static <T> Score ceafE(
      Collection<? extends Collection<T>> key, Collection<? extends Collection<T>> response) {
    return ceafE(new Clustering<>(key, "key"), new Clustering<>(response, "response"));
  }

  private static <T> Score muc(Clustering<T> key, Clustering<T> response) {
    double[] recall = mucSide(key, response);
    double[] precision = mucSide(response, key);
    return new Score(recall[0], recall[1], precision[0], precision[1]);
  }

  /** Numerator and denominator of MUC recall of {@code gold} by {@code other}. */
  private static <T> double[] mucSide(Clustering<T> gold, Clustering<T> other) {
    double num = 0;
    double den = 0;
    for (Set<T> cluster : gold.clusters) {
      Set<Integer> parts = new HashSet<>();
      int unaligned = 0;
      for (T mention : cluster) {
        Integer c = other.clusterOf.get(mention);
        if (c == null) {
          unaligned++; // a mention missing from the other side is a partition of its own
        } else {
          parts.add(c);
        }
      }
      num += cluster.size() - (parts.size() + unaligned);
      den += cluster.size() - 1;
    }
    return new double[] {num, den};
  }

  private static <T> Score bCubed(Clustering<T> key, Clustering<T> response) {
    double[] recall = bCubedSide(key, response);
    double[] precision = bCubedSide(response, key);
    return new Score(recall[0], recall[1], precision[0], precision[1]);
  }

  private static <T> double[] bCubedSide(Clustering<T> gold, Clustering<T> other) {
    double num = 0;
    double den = 0;
    for (Set<T> cluster : gold.clusters) {
      Map<Integer, Integer> overlaps = gold.overlaps(cluster, other);
      for (int overlap : overlaps.values()) {
        num += (double) overlap * overlap / cluster.size();
      }
      den += cluster.size();
    }
    return new double[] {num, den};
  }

  private static <T> Score ceafE(Clustering<T> key, Clustering<T> response) {
    int nk = key.clusters.size();
    int nr = response.clusters.size();
    // sparse similarity: only overlapping clusters have φ4 > 0
    List<Map<Integer, Integer>> edges = new ArrayList<>(nk);
    List<List<Integer>> reverse = new ArrayList<>(nr);
    for (int j = 0; j < nr; j++) {
      reverse.add(new ArrayList<>());
    }
    for (int i = 0; i < nk; i++) {
      Map<Integer, Integer> o = key.overlaps(key.clusters.get(i), response);
      edges.add(o);
      for (int j : o.keySet()) {
        reverse.get(j).add(i);
      }
    }
    // the optimal alignment decomposes over connected components of the overlap graph
    double total = 0;
    boolean[] seenKey = new boolean[nk];
    boolean[] seenResponse = new boolean[nr];
    for (int start = 0; start < nk; start++) {
      if (seenKey[start] || edges.get(start).isEmpty()) {
        continue;
      }
      List<Integer> keys = new ArrayList<>();
      List<Integer> responses = new ArrayList<>();
      Deque<int[]> todo = new ArrayDeque<>();
      todo.add(new int[] {0, start});
      seenKey[start] = true;
      while (!todo.isEmpty()) {
        int[] node = todo.poll();
        if (node[0] == 0) {
          keys.add(node[1]);
          for (int j : edges.get(node[1]).keySet()) {
            if (!seenResponse[j]) {
              seenResponse[j] = true;
              todo.add(new int[] {1, j});
            }
          }
        } else {
          responses.add(node[1]);
          for (int i : reverse.get(node[1])) {
            if (!seenKey[i]) {
              seenKey[i] = true;
              todo.add(new int[] {0, i});
            }
          }
        }
      }
      double[][] sim = new double[keys.size()][responses.size()];
      for (int a = 0; a < keys.size(); a++) {
        Set<T> k = key.clusters.get(keys.get(a));
        for (int b = 0; b < responses.size(); b++) {
          Set<T> r = response.clusters.get(responses.get(b));
          Integer overlap = edges.get(keys.get(a)).get(responses.get(b));
          sim[a][b] = overlap == null ? 0 : 2.0 * overlap / (k.size() + r.size());
        }
      }
      total += maxAssignment(sim);
    }
    return new Score(total, nk, total, nr);
  }

  /**
   * The largest total similarity of a one-to-one assignment of rows to columns (Kuhn-Munkres with
   * potentials, O(n²m)).
   */
  static double maxAssignment(double[][] similarity) {
    int rows = similarity.length;
    if (rows == 0) {
      return 0;
    }
    int cols = similarity[0].length;
    if (rows > cols) {
      double[][] t = new double[cols][rows];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          t[j][i] = similarity[i][j];
        }
      }
      return maxAssignment(t);
    }
    // minimise cost = -similarity; 1-based arrays as in the classic formulation
    double[] u = new double[rows + 1];
    double[] v = new double[cols + 1];
    int[] p = new int[cols + 1];
    int[] way = new int[cols + 1];
    for (int i = 1; i <= rows; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[cols + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[cols + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= cols; j++) {
          if (!used[j]) {
            double cur = -similarity[i0 - 1][j - 1] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= cols; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= cols; j++) {
      if (p[j] != 0) {
        total += similarity[p[j] - 1][j - 1];
      }
    }
    return total;
  }

  /** Clusters with duplicates removed and an index from mention to cluster. */
  private static final class Clustering<T> {
    final List<Set<T>> clusters = new ArrayList<>();
    final Map<T, Integer> clusterOf = new HashMap<>();

    Clustering(Collection<? extends Collection<T>> input, String side) {
      for (Collection<T> c : input) {
        Set<T> cluster = new LinkedHashSet<>(c);
        if (cluster.isEmpty()) {
          continue;
        }
        for (T mention : cluster) {
          Integer previous = clusterOf.putIfAbsent(mention, clusters.size());
          if (previous != null) {
            throw new IllegalArgumentException(
                side + " mention " + mention + " is in two clusters; clusters must be disjoint");
          }
        }
        clusters.add(cluster);
      }
    }

    /** How many mentions {@code cluster} shares with each cluster of {@code other}, by index. */
    Map<Integer, Integer> overlaps(Set<T> cluster, Clustering<T> other) {
      Map<Integer, Integer> counts = new HashMap<>();
      for (T mention : cluster) {
        Integer c = other.clusterOf.get(mention);
        if (c != null) {
          counts.merge(c, 1, Integer::sum);
        }
      }
      return counts;
    }
  }
}
