// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Agreement between PolNeAR's annotators on the articles several of them annotated independently:
 * each annotator's attributions are scored, as if they were predictions, with the very scorer the
 * claim benchmark uses ({@link AttributionScorer}), against the alphabetically first annotator of
 * each article (the reference the benchmark scores the system against), and, for a reference-free
 * view, against every other annotator. The result is the ceiling a system can be expected to reach
 * on this corpus.
 */
public final class AnnotatorAgreement {

  /**
   * One annotator scored against a reference annotator over the articles both annotated.
   *
   * @param reference the reference annotator
   * @param annotator the annotator scored
   * @param articles articles both annotated
   * @param scores the scores
   */
  public record Comparison(
      String reference, String annotator, int articles, AttributionScorer.Scores scores) {}

  /**
   * The agreement on one split.
   *
   * @param articles multiply annotated articles of the split
   * @param againstFirst each annotator other than the first of each article against that first one
   * @param allPairs every ordered pair of distinct annotators (reference, annotator)
   */
  public record Result(int articles, List<Comparison> againstFirst, List<Comparison> allPairs) {
    public Result {
      againstFirst = List.copyOf(againstFirst);
      allPairs = List.copyOf(allPairs);
    }
  }

  /**
   * Mean, smallest and largest value of one measure over comparisons.
   *
   * @param mean the mean
   * @param min the smallest value
   * @param max the largest value
   */
  public record Range(double mean, double min, double max) {}

  private AnnotatorAgreement() {}

  /** Scores the annotators of the split's multiply annotated articles against each other. */
  public static Result measure(PolnearCorpus corpus) {
    Map<List<String>, AttributionScorer> first = new TreeMap<>(AnnotatorAgreement::compare);
    Map<List<String>, Integer> firstArticles = new TreeMap<>(AnnotatorAgreement::compare);
    Map<List<String>, AttributionScorer> pairs = new TreeMap<>(AnnotatorAgreement::compare);
    Map<List<String>, Integer> pairArticles = new TreeMap<>(AnnotatorAgreement::compare);
    for (Map.Entry<String, Map<String, List<PolnearCorpus.Attribution>>> article :
        corpus.multiplyAnnotated().entrySet()) {
      Map<String, List<PolnearCorpus.Attribution>> byAnnotator = article.getValue();
      List<String> annotators = List.copyOf(byAnnotator.keySet()); // alphabetical
      String head = annotators.get(0);
      for (String x : annotators.subList(1, annotators.size())) {
        List<String> key = List.of(head, x);
        first
            .computeIfAbsent(key, k -> new AttributionScorer())
            .add(byAnnotator.get(head), predicted(byAnnotator.get(x)));
        firstArticles.merge(key, 1, Integer::sum);
      }
      for (String ref : annotators) {
        for (String x : annotators) {
          if (!ref.equals(x)) {
            List<String> key = List.of(ref, x);
            pairs
                .computeIfAbsent(key, k -> new AttributionScorer())
                .add(byAnnotator.get(ref), predicted(byAnnotator.get(x)));
            pairArticles.merge(key, 1, Integer::sum);
          }
        }
      }
    }
    return new Result(
        corpus.multiplyAnnotated().size(),
        comparisons(first, firstArticles),
        comparisons(pairs, pairArticles));
  }

  private static List<Comparison> comparisons(
      Map<List<String>, AttributionScorer> scorers, Map<List<String>, Integer> articles) {
    List<Comparison> out = new ArrayList<>();
    scorers.forEach(
        (key, scorer) ->
            out.add(new Comparison(key.get(0), key.get(1), articles.get(key), scorer.scores())));
    return out;
  }

  /** The range of one measure over the comparisons (all zero when there are none). */
  public static Range range(
      List<Comparison> comparisons, ToDoubleFunction<AttributionScorer.Scores> measure) {
    if (comparisons.isEmpty()) {
      return new Range(0, 0, 0);
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Comparison c : comparisons) {
      double v = measure.applyAsDouble(c.scores());
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return new Range(sum / comparisons.size(), min, max);
  }

  /**
   * An annotator's attributions as predictions (those without content cannot match, as in gold).
   */
  static List<AttributionScorer.Predicted> predicted(List<PolnearCorpus.Attribution> attributions) {
    return attributions.stream()
        .filter(a -> !a.content().isEmpty())
        .map(a -> new AttributionScorer.Predicted(a.content(), a.source(), List.of(), a.cue()))
        .toList();
  }

  private static int compare(List<String> a, List<String> b) {
    int c = a.get(0).compareTo(b.get(0));
    return c != 0 ? c : a.get(1).compareTo(b.get(1));
  }
}
