// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import io.dossier.model.NerMention;
import io.dossier.model.TimeExpression;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** NER without SUTime and SUTime without the CRF model each run on their own. */
class LeanConfigurationsIT {

  private static final String TEXT =
      "Field Marshal Khalifa Haftar's Libyan National Army (LNA) attacked Benghazi on Sunday,"
          + " killing 12 people.";

  @Test
  void nerWithoutTimesTagsOnlyTheFourClasses() {
    CoreNlpAnnotator annotator = CoreNlpAnnotator.create(NlpConfig.forLayers(Layer.NER));
    AnnotatedText at = annotator.annotate("ner", TEXT, LocalDate.of(2017, 7, 24));
    assertThat(at.nerMentions())
        .extracting(NerMention::text, NerMention::type)
        .contains(tuple("Khalifa Haftar", "PERSON"), tuple("Benghazi", "LOCATION"));
    assertThat(at.times()).isEmpty();
    assertThat(at.tokens()).allMatch(t -> t.pos() == null && t.lemma() == null);
    assertThat(at.tokens())
        .allMatch(t -> t.ner() != null && t.ner().matches("O|PERSON|ORGANIZATION|LOCATION|MISC"));
    CoreNlpAnnotatorIT.assertConsistent(at);
  }

  @Test
  void timesWithoutNerRunSutimeOnly() {
    CoreNlpAnnotator annotator = CoreNlpAnnotator.create(NlpConfig.forLayers(Layer.TIMES));
    AnnotatedText at = annotator.annotate("times", TEXT, LocalDate.of(2017, 7, 24));
    assertThat(at.times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("Sunday", "2017-07-23"));
    assertThat(at.nerMentions()).isEmpty();
    assertThat(at.tokens()).allMatch(t -> t.ner() == null && t.lemma() != null);
    CoreNlpAnnotatorIT.assertConsistent(at);
  }
}
