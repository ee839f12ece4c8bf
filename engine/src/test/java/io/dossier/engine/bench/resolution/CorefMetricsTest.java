// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dossier.engine.bench.resolution.CorefMetrics.Score;
import io.dossier.engine.bench.resolution.CorefMetrics.Scores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Expected values are the worked examples documented with the CoNLL-2012 reference scorer
 * (conll/reference-coreference-scorers, test/TestCases.README), which come from the MUC and B³
 * papers and from Pradhan et al. (2014); each test names its case. Mentions are letters.
 */
class CorefMetricsTest {

  private static final double EPS = 1e-9;

  /** {@code "a bc def"} → {{a}, {b, c}, {d, e, f}}. */
  private static List<List<String>> clusters(String spec) {
    List<List<String>> out = new ArrayList<>();
    for (String cluster : spec.trim().split("\\s+")) {
      out.add(Arrays.asList(cluster.split("")));
    }
    return out;
  }

  private static void assertScore(Score s, double recall, double precision) {
    assertThat(s.recall()).as("recall").isCloseTo(recall, within(EPS));
    assertThat(s.precision()).as("precision").isCloseTo(precision, within(EPS));
  }

  @Test
  void perfectResponseScoresOneEverywhere() { // TC-A-1
    Scores s = CorefMetrics.score(clusters("a bc def"), clusters("a bc def"));
    assertScore(s.muc(), 1, 1);
    assertScore(s.bCubed(), 1, 1);
    assertScore(s.ceafE(), 1, 1);
    assertThat(s.conllF1()).isCloseTo(1, within(EPS));
  }

  @Test
  void responseWithMissingMentions() { // TC-A-2
    Scores s = CorefMetrics.score(clusters("a bc def"), clusters("a de"));
    assertScore(s.muc(), 1.0 / 3, 1);
    assertScore(s.bCubed(), 7.0 / 18, 1);
    assertScore(s.ceafE(), 1.8 / 3, 1.8 / 2);
    assertThat(s.ceafE().f1()).isCloseTo(0.72, within(EPS));
  }

  @Test
  void responseWithFalseAlarmMentions() { // TC-A-3
    Scores s = CorefMetrics.score(clusters("a bc def"), clusters("a bcx defy z"));
    assertScore(s.muc(), 1, 3.0 / 5);
    assertScore(s.bCubed(), 1, 55.0 / 108);
    double common = 1 + 4.0 / 5 + 6.0 / 7;
    assertScore(s.ceafE(), common / 3, common / 4);
  }

  @Test
  void responseWithMissingAndFalseAlarmMentions() { // TC-A-4
    Scores s = CorefMetrics.score(clusters("a bc def"), clusters("a bcx dy z"));
    assertScore(s.muc(), 1.0 / 3, 1.0 / 3);
    assertScore(s.bCubed(), 5.0 / 9, 17.0 / 42);
    assertScore(s.ceafE(), 2.2 / 3, 2.2 / 4);
  }

  @Test
  void allSingletonResponseOnGoldMentions() { // TC-A-10
    Scores s = CorefMetrics.score(clusters("a bc def"), clusters("a b c d e f"));
    assertScore(s.muc(), 0, 0);
    assertScore(s.bCubed(), 3.0 / 6, 1);
    assertThat(s.muc().f1()).isZero();
  }

  @Test
  void everythingMergedOnGoldMentions() { // TC-A-11
    Scores s = CorefMetrics.score(clusters("a bc def"), clusters("abcdef"));
    assertScore(s.muc(), 1, 3.0 / 5);
    assertScore(s.bCubed(), 1, 7.0 / 18);
    // one response cluster aligned with {def}: φ4 = 2·3 / (3 + 6)
    assertScore(s.ceafE(), (6.0 / 9) / 3, 6.0 / 9);
  }

  @Test
  void singletonResponseOnSystemMentions() { // TC-A-12
    Scores s = CorefMetrics.score(clusters("a bc def"), clusters("a x y c d e z"));
    assertScore(s.muc(), 0, 0);
    assertScore(s.bCubed(), 13.0 / 36, 4.0 / 7);
  }

  @Test
  void mergedResponseOnSystemMentions() { // TC-A-13
    Scores s = CorefMetrics.score(clusters("a bc def"), clusters("axycdez"));
    assertScore(s.muc(), 1.0 / 3, 1.0 / 6);
    assertScore(s.bCubed(), 17.0 / 36, 6.0 / 49);
  }

  @Test
  void mergingSmallClusterIntoBigOneFromTheBcubedPaper() { // TC-D-1
    Scores s = CorefMetrics.score(clusters("12345 67 89ABC"), clusters("12345 6789ABC"));
    assertScore(s.bCubed(), 1, 16.0 / 21);
    assertThat(s.bCubed().f1()).isCloseTo(0.864864865, within(1e-9));
    assertScore(s.muc(), 1, 9.0 / 10);
  }

  @Test
  void mergingTwoBigClustersFromTheBcubedPaper() { // TC-E-1
    Scores s = CorefMetrics.score(clusters("12345 67 89ABC"), clusters("1234589ABC 67"));
    assertScore(s.bCubed(), 1, 7.0 / 12);
    assertScore(s.muc(), 1, 9.0 / 10);
  }

  @Test
  void mucExamplesFromTheMucPaper() { // TC-F-1, TC-G-1, TC-J-1, TC-K-1, TC-L-1
    assertScore(CorefMetrics.muc(clusters("ABCD"), clusters("AB CD")), 2.0 / 3, 1);
    assertScore(CorefMetrics.muc(clusters("AB CD"), clusters("ABCD")), 1, 2.0 / 3);
    assertScore(CorefMetrics.muc(clusters("ABC"), clusters("AC")), 1.0 / 2, 1);
    assertScore(CorefMetrics.muc(clusters("BCDEGHJ"), clusters("ABC DEF GHI")), 3.0 / 6, 3.0 / 6);
    assertScore(CorefMetrics.muc(clusters("ABC DEFG"), clusters("AB CD FGH")), 2.0 / 5, 2.0 / 4);
  }

  @Test
  void allSingletonKeyMatchedExactly() { // TC-N-1: MUC is 0 by definition, B³ and CEAF-e are 1
    Scores s = CorefMetrics.score(clusters("a b c d e f"), clusters("a b c d e f"));
    assertThat(s.muc().f1()).isZero();
    assertScore(s.bCubed(), 1, 1);
    assertScore(s.ceafE(), 1, 1);
  }

  @Test
  void ceafAlignmentIsOptimalNotGreedy() {
    // greedy would align {abcd}-{abcef} (φ4 = 6/9) and leave {ef} with only {d} (φ4 = 0);
    // the optimum aligns {abcd}-{d} (2/5) and {ef}-{abcef} (4/7)
    Scores s = CorefMetrics.score(clusters("abcd ef"), clusters("abcef d"));
    double best = 2.0 / 5 + 4.0 / 7;
    assertScore(s.ceafE(), best / 2, best / 2);
  }

  @Test
  void maxAssignmentMatchesBruteForceOnRandomMatrices() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int rows = 1 + random.nextInt(5);
      int cols = 1 + random.nextInt(5);
      double[][] m = new double[rows][cols];
      for (double[] row : m) {
        for (int j = 0; j < cols; j++) {
          row[j] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
        }
      }
      assertThat(CorefMetrics.maxAssignment(m)).isCloseTo(bruteForce(m), within(1e-9));
    }
  }

  @Test
  void pooledScoresSumNumeratorsAndDenominators() {
    Scores a = CorefMetrics.score(clusters("a bc def"), clusters("a de"));
    Scores b = CorefMetrics.score(clusters("ABCD"), clusters("AB CD"));
    Scores pooled = a.plus(b);
    assertThat(pooled.muc().recall()).isCloseTo((1.0 + 2) / (3 + 3), within(EPS));
    assertThat(Scores.ZERO.plus(a)).isEqualTo(a);
  }

  @Test
  void mentionInTwoClustersIsRejected() {
    assertThatThrownBy(() -> CorefMetrics.score(clusters("ab bc"), clusters("abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key mention b");
  }

  private static double bruteForce(double[][] m) {
    int rows = m.length;
    int cols = m[0].length;
    return best(m, 0, new boolean[cols], rows, cols);
  }

  private static double best(double[][] m, int row, boolean[] used, int rows, int cols) {
    if (row == rows) {
      return 0;
    }
    double best = best(m, row + 1, used, rows, cols); // row left unassigned
    for (int j = 0; j < cols; j++) {
      if (!used[j]) {
        used[j] = true;
        best = Math.max(best, m[row][j] + best(m, row + 1, used, rows, cols));
        used[j] = false;
      }
    }
    return best;
  }
}
