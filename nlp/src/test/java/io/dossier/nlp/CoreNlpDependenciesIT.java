// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Dependency;
import io.dossier.model.Layer;
import io.dossier.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DEPENDENCIES layer: enhanced++ UD edges between document-level token indexes. */
class CoreNlpDependenciesIT {

  private static final String TEXT =
      "Khalifa Haftar's forces attacked Benghazi on Sunday.\n\n"
          + "The United Nations condemned the strikes and called for talks in Geneva.";

  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void buildPipelineOnce() {
    annotator = CoreNlpAnnotator.create(NlpConfig.forLayers(Layer.DEPENDENCIES));
  }

  @AfterAll
  static void release() {
    annotator = null;
  }

  @Test
  void providesDependenciesAndItsPrerequisitesOnly() {
    assertThat(annotator.provides())
        .containsExactlyInAnyOrder(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.DEPENDENCIES);
    AnnotatedText at = annotator.annotate("d", TEXT, null);
    assertThat(at.has(Layer.DEPENDENCIES)).isTrue();
    assertThat(at.nerMentions()).isEmpty();
    assertThat(at.times()).isEmpty();
    assertThat(at.tokens()).allMatch(t -> t.ner() == null && t.lemma() == null && t.pos() != null);
    CoreNlpAnnotatorIT.assertConsistent(at);
  }

  @Test
  void edgesUseDocumentTokenIndexesAndOneRootPerSentence() {
    AnnotatedText at = annotator.annotate("d", TEXT, null);
    List<Dependency> deps = at.dependencies();
    assertThat(deps.stream().filter(d -> d.governor() == -1)).hasSize(2);
    assertThat(edge(at, "attacked", "forces")).extracting(Dependency::relation).isEqualTo("nsubj");
    assertThat(edge(at, "condemned", "Nations"))
        .extracting(Dependency::relation)
        .isEqualTo("nsubj");
    assertThat(root(at, "condemned")).isNotNull();
    // enhanced++: the preposition is folded into the relation, conjuncts share the subject
    assertThat(edge(at, "attacked", "Sunday").relation()).isEqualTo("obl:on");
    assertThat(edge(at, "called", "Nations").relation()).startsWith("nsubj");
    for (Dependency d : deps) {
      Sentence s = at.sentences().get(at.tokens().get(d.dependent()).sentence());
      assertThat(d.dependent()).isBetween(s.firstToken(), s.endToken() - 1);
      if (d.governor() >= 0) {
        assertThat(d.governor()).isBetween(s.firstToken(), s.endToken() - 1);
      }
    }
  }

  @Test
  void sentencesLongerThanTheLimitAreNotParsed() {
    CoreNlpAnnotator limited =
        CoreNlpAnnotator.create(
            NlpConfig.forLayers(Layer.DEPENDENCIES).withMaxDependencyTokens(10));
    AnnotatedText at = limited.annotate("d", TEXT, null);
    assertThat(at.sentences().get(0).endToken() - at.sentences().get(0).firstToken())
        .isLessThanOrEqualTo(10);
    assertThat(at.dependencies())
        .isNotEmpty()
        .allMatch(d -> at.tokens().get(d.dependent()).sentence() == 0);
  }

  @Test
  void otherAnnotatorsDoNotParse() {
    CoreNlpAnnotator noParse = CoreNlpAnnotator.create(NlpConfig.forLayers(Layer.POS));
    AnnotatedText at = noParse.annotate("d", TEXT, null);
    assertThat(at.has(Layer.DEPENDENCIES)).isFalse();
    assertThat(at.dependencies()).isEmpty();
  }

  private static Dependency edge(AnnotatedText at, String governor, String dependent) {
    return at.dependencies().stream()
        .filter(d -> d.governor() >= 0)
        .filter(d -> at.tokens().get(d.governor()).word().equals(governor))
        .filter(d -> at.tokens().get(d.dependent()).word().equals(dependent))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no edge " + governor + " -> " + dependent));
  }

  private static Dependency root(AnnotatedText at, String word) {
    return at.dependencies().stream()
        .filter(d -> d.governor() == -1 && at.tokens().get(d.dependent()).word().equals(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no root " + word));
  }
}
