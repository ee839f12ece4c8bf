// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {

  private static PolnearCorpus.Attribution gold(Span source, Span cue, Span... content) {
    return new PolnearCorpus.Attribution("E1", source, cue, List.of(content));
  }

  @Test
  void partialMatchNeedsHalfTheGoldContentAndEachGoldCountsOnce() {
    AttributionScorer scorer = new AttributionScorer();
    var g = gold(new Span(0, 5), new Span(6, 10), new Span(11, 31));
    var exact =
        new AttributionScorer.Predicted(
            List.of(new Span(11, 31)), new Span(0, 3), List.of(), new Span(6, 10));
    var duplicate =
        new AttributionScorer.Predicted(List.of(new Span(11, 25)), null, List.of(), null);
    var tooSmall =
        new AttributionScorer.Predicted(
            List.of(new Span(40, 45)), new Span(32, 36), List.of(), null);
    scorer.add(List.of(g), List.of(exact, duplicate, tooSmall));

    AttributionScorer.Scores s = scorer.scores();
    assertThat(s.contentExact().precision()).isEqualTo(1.0 / 3);
    assertThat(s.contentPartial().recall()).isEqualTo(1.0);
    assertThat(s.contentPartial().precision()).isEqualTo(1.0 / 3);
    assertThat(s.speakerAccuracy()).isEqualTo(1.0);
    assertThat(s.cueAccuracy()).isEqualTo(1.0);
    // distinct speaker spans (0,3) and (32,36) against the one gold source (0,5)
    assertThat(s.sourceSpans().precision()).isEqualTo(0.5);
    assertThat(s.sourceSpans().recall()).isEqualTo(1.0);
  }

  @Test
  void speakerResolvedToAnEntityCountsWhenAMentionOverlapsTheSource() {
    AttributionScorer scorer = new AttributionScorer();
    var g = gold(new Span(50, 52), new Span(53, 57), new Span(58, 70));
    var p =
        new AttributionScorer.Predicted(
            List.of(new Span(58, 70)),
            new Span(0, 7),
            List.of(new Span(0, 7), new Span(50, 52)),
            null);
    scorer.add(List.of(g), List.of(p));

    assertThat(scorer.scores().speakerAccuracy()).isEqualTo(1.0);
    assertThat(scorer.scores().endToEnd().f1()).isEqualTo(1.0);
  }
}
