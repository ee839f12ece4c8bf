// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Span;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AnnotatorAgreementTest {

  private static PolnearCorpus.Attribution relation(Span source, Span cue, Span content) {
    return new PolnearCorpus.Attribution("E1", source, cue, List.of(content));
  }

  @Test
  void scoresEachAnnotatorAgainstTheFirstAndEveryPair() {
    var a = relation(new Span(0, 5), new Span(6, 10), new Span(11, 40));
    var b = relation(new Span(50, 55), new Span(56, 60), new Span(61, 90));
    Map<String, List<PolnearCorpus.Attribution>> byAnnotator = new TreeMap<>();
    byAnnotator.put("b", List.of(a, b)); // the first: the reference
    byAnnotator.put("c", List.of(a, b)); // agrees fully
    byAnnotator.put("a2", List.of(a)); // finds one of two (sorts before "b", "c")
    PolnearCorpus corpus =
        new PolnearCorpus(
            "train",
            List.of(new PolnearCorpus.Article("doc", null, "x".repeat(100), "a2")),
            Map.of("doc", List.of(a)),
            Map.of("doc", byAnnotator));

    AnnotatorAgreement.Result r = AnnotatorAgreement.measure(corpus);

    // the first annotator alphabetically is a2: b and c are scored against it
    assertThat(r.againstFirst())
        .extracting(AnnotatorAgreement.Comparison::annotator)
        .containsExactly("b", "c");
    AttributionScorer.Scores bAgainstA2 = r.againstFirst().get(0).scores();
    assertThat(bAgainstA2.contentPartial().recall()).isEqualTo(1.0);
    assertThat(bAgainstA2.contentPartial().precision()).isEqualTo(0.5);
    assertThat(bAgainstA2.sourceSpans().precision()).isEqualTo(0.5);
    assertThat(r.allPairs()).hasSize(6);
    AnnotatorAgreement.Comparison cAgainstB =
        r.allPairs().stream()
            .filter(c -> c.reference().equals("b") && c.annotator().equals("c"))
            .findFirst()
            .orElseThrow();
    assertThat(cAgainstB.scores().contentPartial().f1()).isEqualTo(1.0);
    AnnotatorAgreement.Range range =
        AnnotatorAgreement.range(r.againstFirst(), s -> s.contentPartial().f1());
    assertThat(range.min()).isEqualTo(2.0 / 3);
    assertThat(range.max()).isEqualTo(2.0 / 3);
  }

  @Test
  void anAnnotatorsRelationsWithoutContentAreNotPredictions() {
    var empty = new PolnearCorpus.Attribution("E2", new Span(0, 3), new Span(4, 8), List.of());
    assertThat(AnnotatorAgreement.predicted(List.of(empty))).isEmpty();
  }
}
