// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Dependency;
import io.dossier.model.Layer;
import io.dossier.model.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  void edgesAreThoseOfCoreNlpsOwnDependencyAnnotator() {
    String text =
        TEXT
            + "\n\nThe minister, who had denied the report, said on Monday that forces loyal to"
            + " the government would not withdraw from the city unless the rebels laid down their"
            + " arms and talks resumed.";
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,depparse");
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneDelete");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.model", CoreNlpAnnotator.POS_MODEL);
    p.setProperty("depparse.model", CoreNlpAnnotator.DEPPARSE_MODEL);
    Annotation stock = new Annotation(text);
    new StanfordCoreNLP(p).annotate(stock);
    List<String> expected = new ArrayList<>();
    int offset = 0;
    for (CoreMap s : stock.get(CoreAnnotations.SentencesAnnotation.class)) {
      SemanticGraph g =
          s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      for (SemanticGraphEdge e : g.edgeIterable()) {
        expected.add(
            (offset + e.getGovernor().index() - 1)
                + " "
                + e.getRelation()
                + " "
                + (offset + e.getDependent().index() - 1));
      }
      offset += s.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    List<String> actual =
        annotator.annotate("d", text, null).dependencies().stream()
            .filter(d -> d.governor() >= 0)
            .map(d -> d.governor() + " " + d.relation() + " " + d.dependent())
            .toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void onlyTheSentencesTheSelectorChoosesAreParsed() {
    CoreNlpAnnotator second =
        CoreNlpAnnotator.create(
            NlpConfig.forLayers(Layer.DEPENDENCIES),
            text -> {
              BitSet b = new BitSet();
              b.set(1);
              return b;
            },
            1);
    AnnotatedText at = second.annotate("d", TEXT, null);
    assertThat(at.has(Layer.DEPENDENCIES)).isTrue();
    assertThat(at.dependencies())
        .isNotEmpty()
        .allMatch(d -> at.tokens().get(d.dependent()).sentence() == 1);
    assertThat(second.statistics())
        .containsEntry("sentences", 2L)
        .containsEntry("sentences parsed", 1L);
    // the parse of a sentence does not depend on which others are parsed
    List<Dependency> full = annotator.annotate("d", TEXT, null).dependencies();
    assertThat(full).containsAll(at.dependencies());
  }

  @Test
  void concurrentCallersGetTheSameParses() throws Exception {
    CoreNlpAnnotator two =
        CoreNlpAnnotator.create(NlpConfig.forLayers(Layer.DEPENDENCIES), SentenceSelector.ALL, 2);
    List<Dependency> expected = annotator.annotate("d", TEXT, null).dependencies();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<Dependency>>> futures = new ArrayList<>();
      for (int i = 0; i < 9; i++) {
        futures.add(pool.submit(() -> two.annotate("d", TEXT, null).dependencies()));
      }
      for (Future<List<Dependency>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
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
