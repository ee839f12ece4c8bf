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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SUTime and the numeric classifiers on candidate sentences only ({@link
 * SelectiveTimeNerAnnotator}) give the same 4-class and time tags, entity mentions and time
 * expressions (span, type, value) as CoreNLP's stock {@code ner} annotator, on every article of the
 * sample corpus, and skip some sentences.
 */
class SelectiveTimeNerAnnotatorIT {

  private static final Path CORPUS =
      Path.of(System.getProperty("dossier.home", "..")).resolve("samples/corpus");

  @Test
  void sameTagsMentionsAndTimesAsTheStockAnnotator() throws IOException {
    NlpConfig config = NlpConfig.defaults();
    StanfordCoreNLP stock = new StanfordCoreNLP(CoreNlpAnnotator.pipelineProperties(config));
    StanfordCoreNLP selective = CoreNlpAnnotator.pipeline(config);
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    int times = 0;
    int skipped = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Annotation expected = annotate(stock, text);
      Annotation actual = annotate(selective, text);
      assertThat(describe(actual)).as(file.toString()).isEqualTo(describe(expected));
      times += (int) describe(expected).stream().filter(s -> s.startsWith("TIMEX")).count();
      for (CoreMap sentence : expected.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<String> words = new ArrayList<>();
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
          words.add(token.word());
        }
        skipped += TimeCandidates.mayContainTime(words) ? 0 : 1;
      }
    }
    assertThat(times).as("time expressions compared").isGreaterThan(50);
    assertThat(skipped).as("sentences without SUTime").isPositive();
  }

  private static Annotation annotate(StanfordCoreNLP pipeline, String text) {
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, "2017-07-14");
    pipeline.annotate(annotation);
    return annotation;
  }

  /** What Dossier reads: token tags of its classes, and typed mentions with their timex. */
  private static List<String> describe(Annotation annotation) {
    Set<String> kept = new HashSet<>(CoreNlpAnnotator.NER_TYPES);
    kept.addAll(CoreNlpAnnotator.TIME_TYPES);
    List<String> out = new ArrayList<>();
    for (CoreLabel t : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      String ner = t.ner();
      out.add(t.beginPosition() + " " + (ner != null && kept.contains(ner) ? ner : "O"));
    }
    List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
      String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
      if (type == null || !kept.contains(type)) {
        continue;
      }
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      out.add(
          (timex == null ? "MENTION " : "TIMEX ")
              + type
              + " "
              + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
              + "-"
              + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
              + (timex == null ? "" : " " + timex.timexType() + " " + timex.value()));
    }
    return out;
  }
}
