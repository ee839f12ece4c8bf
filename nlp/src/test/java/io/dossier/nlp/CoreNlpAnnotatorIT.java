// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import io.dossier.model.NerMention;
import io.dossier.model.Sentence;
import io.dossier.model.TimeExpression;
import io.dossier.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default pipeline (tokens, sentences, POS, lemmas, NER, SUTime) on invented news text. */
class CoreNlpAnnotatorIT {

  private static final String LNA =
      "Field Marshal Khalifa Haftar's Libyan National Army (LNA) attacked Benghazi on Sunday.";
  private static final LocalDate JULY_24 = LocalDate.of(2017, 7, 24);

  /** Invented text with quotes, dashes, hyphens, abbreviations, non-ASCII and paragraph breaks. */
  private static final String MESSY =
      "TRIPOLI — The U.N.-backed Government of National Accord (GNA) said on Monday that "
          + "“at least 12 people” were killed.\n\n"
          + "A spokesman, Mohamed Gununu, told Reuters: \"We won't stop...\" Forces loyal to "
          + "Haftar — who is backed by the UAE & Egypt — shelled Mitiga airport at 3 a.m.\n"
          + "The strikes, he said, cost $1.5 million; they're \"unacceptable\" (sic).\n\n\n"
          + "Últimas noticias: Misrata-based brigades arrived in the U.S. last year.";

  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void buildPipelineOnce() {
    annotator = CoreNlpAnnotator.create(NlpConfig.defaults());
  }

  @AfterAll
  static void release() {
    annotator = null;
  }

  @Test
  void findsPersonOrganizationAndLocation() {
    AnnotatedText at = annotator.annotate("lna", LNA, JULY_24);
    assertThat(at.nerMentions())
        .extracting(NerMention::text, NerMention::type)
        .contains(
            tuple("Khalifa Haftar", "PERSON"),
            tuple("Libyan National Army", "ORGANIZATION"),
            tuple("LNA", "ORGANIZATION"),
            tuple("Benghazi", "LOCATION"));
    assertThat(at.nerMentions()).allMatch(m -> CoreNlpAnnotator.NER_TYPES.contains(m.type()));
    assertThat(at.layers()).isEqualTo(annotator.provides());
    assertThat(at.has(Layer.DEPENDENCIES)).isFalse();
    assertThat(at.dependencies()).isEmpty();
  }

  @Test
  void pronounsAreNotNamedMentions() {
    AnnotatedText at =
        annotator.annotate(
            "pron",
            "Idris Haddar arrived. He said his forces would stay, and she thanked him.",
            null);
    assertThat(at.nerMentions())
        .extracting(m -> m.text())
        .contains("Idris Haddar")
        .doesNotContain("He", "his", "she", "him");
  }

  @Test
  void tokensCarryPosLemmaAndNer() {
    AnnotatedText at = annotator.annotate("lna", LNA, JULY_24);
    Token attacked = token(at, "attacked");
    assertThat(attacked.pos()).isEqualTo("VBD");
    assertThat(attacked.lemma()).isEqualTo("attack");
    assertThat(attacked.ner()).isEqualTo("O");
    assertThat(token(at, "Haftar").ner()).isEqualTo("PERSON");
    assertThat(token(at, "Sunday").ner()).isEqualTo("DATE");
    assertThat(at.tokens()).allMatch(t -> t.sentence() == 0);
  }

  @Test
  void spansPointIntoTheText() {
    for (String text : List.of(LNA, MESSY)) {
      assertConsistent(annotator.annotate("doc", text, JULY_24));
      assertConsistent(annotator.annotate("doc", text, null));
    }
  }

  @Test
  void relativeExpressionsResolveAgainstTheArticleDate() {
    AnnotatedText at =
        annotator.annotate(
            "dated", LNA + " Last month, the GNA blamed Haftar for the attack.", JULY_24);
    assertThat(at.times())
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(
            tuple("Sunday", "DATE", "2017-07-23"), tuple("Last month", "DATE", "2017-06"));
  }

  @Test
  void relativeExpressionsStayUnresolvedWithoutADate() {
    String text =
        LNA
            + " Last month, the GNA blamed Haftar. Yesterday the UN called for talks today;"
            + " this year has been the worst, officials said on Tuesday morning.";
    AnnotatedText at = annotator.annotate("undated", text, null);
    assertThat(at.times())
        .extracting(TimeExpression::text)
        .contains("Sunday", "Last month", "Yesterday", "today", "this year");
    assertThat(at.times()).allSatisfy(t -> assertThat(t.value()).as(t.text()).isNull());
  }

  @Test
  void absoluteDatesResolveWithOrWithoutADate() {
    String text = "The ceasefire signed on July 17, 2017 collapsed within three years.";
    assertThat(annotator.annotate("d", text, JULY_24).times())
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(
            tuple("July 17, 2017", "DATE", "2017-07-17"), tuple("three years", "DURATION", "P3Y"));
    assertThat(annotator.annotate("u", text, null).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("July 17, 2017", "2017-07-17"), tuple("three years", "P3Y"));
  }

  @Test
  void paragraphBreaksEndSentencesButSingleNewlinesDoNot() {
    AnnotatedText at =
        annotator.annotate("p", "Haftar spoke in Benghazi\n\nThe army attacked\nthe port", null);
    assertThat(at.sentences()).hasSize(2);
    assertThat(at.textOf(at.sentences().get(0).span())).isEqualTo("Haftar spoke in Benghazi");
    assertThat(at.textOf(at.sentences().get(1).span())).isEqualTo("The army attacked\nthe port");
  }

  @Test
  void emptyTextGivesAnEmptyAnnotation() {
    AnnotatedText at = annotator.annotate("empty", "", JULY_24);
    assertThat(at.tokens()).isEmpty();
    assertThat(at.sentences()).isEmpty();
    assertThat(at.layers()).containsAll(NlpConfig.defaults().layers());
  }

  @Test
  void concurrentAnnotationEqualsSequential() throws Exception {
    List<String> texts =
        List.of(
            LNA,
            MESSY,
            "Haftar met Sarraj in Abu Dhabi on Wednesday. Talks lasted two hours.",
            "The GNA said 40 migrants died in Tajoura last week, the UN mission reported.",
            "On 4 April 2019 the LNA launched its offensive on Tripoli.");
    List<AnnotatedText> expected = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      expected.add(annotator.annotate("doc" + i, texts.get(i), i % 2 == 0 ? JULY_24 : null));
    }
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            2, r -> new Thread(r, "annotate-it-" + threadNumber.incrementAndGet()));
    try {
      List<Future<AnnotatedText>> futures = new ArrayList<>();
      for (int round = 0; round < 10; round++) {
        for (int i = 0; i < texts.size(); i++) {
          int doc = round % 2 == 0 ? i : texts.size() - 1 - i;
          futures.add(
              pool.submit(
                  () ->
                      annotator.annotate(
                          "doc" + doc, texts.get(doc), doc % 2 == 0 ? JULY_24 : null)));
        }
      }
      for (int f = 0; f < futures.size(); f++) {
        int round = f / texts.size();
        int i = f % texts.size();
        int doc = round % 2 == 0 ? i : texts.size() - 1 - i;
        assertThat(futures.get(f).get()).isEqualTo(expected.get(doc));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Token token(AnnotatedText at, String word) {
    return at.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
  }

  /** The invariants every AnnotatedText from the annotator must satisfy. */
  static void assertConsistent(AnnotatedText at) {
    String text = at.text();
    List<Token> tokens = at.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      assertThat(t.index()).isEqualTo(i);
      assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(at.textOf(t.span())).as("token %s", t).isEqualTo(t.word());
    }
    int next = 0;
    for (int s = 0; s < at.sentences().size(); s++) {
      Sentence sentence = at.sentences().get(s);
      assertThat(sentence.index()).isEqualTo(s);
      assertThat(sentence.firstToken()).isEqualTo(next);
      assertThat(sentence.endToken()).isGreaterThan(sentence.firstToken());
      assertThat(sentence.span().end()).isLessThanOrEqualTo(text.length());
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        assertThat(tokens.get(i).sentence()).isEqualTo(s);
        assertThat(sentence.span().contains(tokens.get(i).span())).isTrue();
      }
      next = sentence.endToken();
    }
    assertThat(next).isEqualTo(tokens.size());
    for (NerMention m : at.nerMentions()) {
      assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(m.text()).isEqualTo(text.substring(m.span().start(), m.span().end()));
      assertThat(tokens.get(m.firstToken()).span().start()).isEqualTo(m.span().start());
      assertThat(tokens.get(m.endToken() - 1).span().end()).isEqualTo(m.span().end());
    }
    for (TimeExpression t : at.times()) {
      assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(t.text()).isEqualTo(text.substring(t.span().start(), t.span().end()));
      assertThat(t.type()).isIn("DATE", "TIME", "DURATION", "SET");
      assertThat(TimexValues.concreteOrNull(t.value())).isEqualTo(t.value());
    }
  }
}
