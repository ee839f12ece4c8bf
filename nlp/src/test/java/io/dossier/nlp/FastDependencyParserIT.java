// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FastDependencyParser} gives exactly the parses of CoreNLP's own {@link DependencyParser}
 * on the same model: every sentence of the sample corpus (invented news, a few hundred sentences),
 * compared arc by arc and label by label, with the shared cache of word products large, tiny and
 * off.
 */
class FastDependencyParserIT {

  private static final Path CORPUS =
      Path.of(System.getProperty("dossier.home", "..")).resolve("samples/corpus");

  private static List<CoreMap> sentences;
  private static DependencyParser coreNlp;

  @BeforeAll
  static void tagTheSampleCorpus() throws IOException {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneDelete");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.model", CoreNlpAnnotator.POS_MODEL);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    sentences = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files =
          list.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (file.toString().endsWith(".html")) {
        // markup is irrelevant here: only the sentences matter
        text =
            text.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ");
      }
      Annotation annotation = new Annotation(text);
      pipeline.annotate(annotation);
      sentences.addAll(annotation.get(CoreAnnotations.SentencesAnnotation.class));
    }
    coreNlp = CoreNlpAnnotator.loadCoreNlpParser();
  }

  @Test
  void theSampleCorpusIsSizeable() {
    assertThat(sentences).hasSizeGreaterThan(300);
  }

  @Test
  void parsesAreThoseOfCoreNlpsParser() {
    assertSameParses(new FastDependencyParser(coreNlp, CoreNlpAnnotator.PARSER_CACHE_ENTRIES));
  }

  @Test
  void parsesDoNotDependOnTheCacheSize() {
    assertSameParses(new FastDependencyParser(coreNlp, 7));
    assertSameParses(new FastDependencyParser(coreNlp, 0));
  }

  private static void assertSameParses(FastDependencyParser fast) {
    int compared = 0;
    for (CoreMap sentence : sentences) {
      GrammaticalStructure expected = coreNlp.predict(sentence);
      GrammaticalStructure actual = fast.predict(sentence);
      assertThat(actual.typedDependencies().toString())
          .as("basic dependencies of sentence %s", sentence)
          .isEqualTo(expected.typedDependencies().toString());
      assertThat(enhancedPlusPlus(actual))
          .as("enhanced++ dependencies of sentence %s", sentence)
          .isEqualTo(enhancedPlusPlus(expected));
      compared++;
    }
    assertThat(compared).isEqualTo(sentences.size());
  }

  private static String enhancedPlusPlus(GrammaticalStructure structure) {
    return SemanticGraphFactory.makeFromTree(
            structure,
            SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.NONE,
            null)
        .toList();
  }
}
