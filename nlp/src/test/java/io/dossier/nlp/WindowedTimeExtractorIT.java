// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SUTime on windows around the time anchors ({@link WindowedTimeExtractor}) gives the same tokens'
 * NER tags (all of them, NUMBER and the other numeric classes included), normalized tags, entity
 * mentions and time expressions (span, type, value) as SUTime on whole sentences, on every article
 * of the sample corpus, and does leave tokens out.
 */
class WindowedTimeExtractorIT {

  private static final Path CORPUS =
      Path.of(System.getProperty("dossier.home", "..")).resolve("samples/corpus");

  @Test
  void sameTagsMentionsAndTimesAsWholeSentences() throws IOException {
    NlpConfig config = NlpConfig.defaults();
    StanfordCoreNLP whole = CoreNlpAnnotator.pipeline(config, 0);
    StanfordCoreNLP windowed =
        CoreNlpAnnotator.pipeline(config, WindowedTimeExtractor.DEFAULT_MARGIN);
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    int times = 0;
    int windowedSentences = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Annotation expected = annotate(whole, text);
      Annotation actual = annotate(windowed, text);
      List<String> described = describe(expected);
      assertThat(describe(actual)).as(file.toString()).isEqualTo(described);
      times += (int) described.stream().filter(s -> s.startsWith("TIMEX")).count();
      for (CoreMap sentence : expected.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<int[]> windows =
            WindowedTimeExtractor.windows(tokens, WindowedTimeExtractor.DEFAULT_MARGIN);
        int in = windows.stream().mapToInt(w -> w[1] - w[0]).sum();
        windowedSentences += !windows.isEmpty() && in * 5 < tokens.size() * 4 ? 1 : 0;
      }
    }
    assertThat(times).as("time expressions compared").isGreaterThan(50);
    assertThat(windowedSentences).as("sentences SUTime saw only in part").isPositive();
  }

  private static Annotation annotate(StanfordCoreNLP pipeline, String text) {
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, "2017-07-14");
    pipeline.annotate(annotation);
    return annotation;
  }

  /** Every token's NER and normalized NER tag, and every mention with its timex. */
  private static List<String> describe(Annotation annotation) {
    List<String> out = new ArrayList<>();
    for (CoreLabel t : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      out.add(
          t.beginPosition()
              + " "
              + t.ner()
              + " "
              + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    }
    List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      out.add(
          (timex == null ? "MENTION " : "TIMEX ")
              + m.get(CoreAnnotations.EntityTypeAnnotation.class)
              + " "
              + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
              + "-"
              + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
              + (timex == null ? "" : " " + timex.timexType() + " " + timex.value()));
    }
    return out;
  }
}
