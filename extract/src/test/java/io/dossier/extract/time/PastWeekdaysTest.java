// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.TimeExpression;
import io.dossier.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PastWeekdaysTest {
  private static final LocalDate TUESDAY_11_JULY = LocalDate.of(2017, 7, 11);

  /** One sentence; words tagged by a tiny rule: given past verbs get VBD, "will" gets MD. */
  private static AnnotatedText sentence(
      String text, String timeText, @Nullable String value, Set<String> pastVerbs) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    for (String word : text.split(" ")) {
      int start = text.indexOf(word, i);
      String pos = pastVerbs.contains(word) ? "VBD" : word.equals("will") ? "MD" : "NN";
      tokens.add(
          new Token(
              tokens.size(), new Span(start, start + word.length()), word, word, pos, "O", 0));
      i = start + word.length();
    }
    int at = text.indexOf(timeText);
    TimeExpression t =
        new TimeExpression(new Span(at, at + timeText.length()), timeText, "DATE", value);
    return new AnnotatedText(
        "d",
        text,
        tokens,
        List.of(new Sentence(0, new Span(0, text.length()), 0, tokens.size())),
        List.of(),
        List.of(t),
        List.of(),
        Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.TIMES));
  }

  private static @Nullable String corrected(AnnotatedText text, @Nullable LocalDate date) {
    return PastWeekdays.correct(text, date).get(0).value();
  }

  @Test
  void pastTenseWeekdayResolvedAfterTheArticleMovesBackOneWeek() {
    AnnotatedText text =
        sentence(
            "They took him on Friday and killed him",
            "Friday",
            "2017-07-14",
            Set.of("took", "killed"));
    assertThat(corrected(text, TUESDAY_11_JULY)).isEqualTo("2017-07-07");
  }

  @Test
  void aBareWeekdayIsTheDayOfThatNameInThePublicationWeekWhateverSutimeSaid() {
    // SUTime gave the previous week's Friday here after annotating other articles first
    AnnotatedText text =
        sentence("Aalto is expected in Port Amsel on Friday", "Friday", "2017-07-07", Set.of());
    assertThat(corrected(text, java.time.LocalDate.of(2017, 7, 13))).isEqualTo("2017-07-14");
    AnnotatedText qualified =
        sentence("He left last Friday", "last Friday", "2017-07-07", Set.of("left"));
    assertThat(corrected(qualified, java.time.LocalDate.of(2017, 7, 13))).isEqualTo("2017-07-07");
  }

  @Test
  void partOfDayIsKept() {
    AnnotatedText text =
        sentence(
            "Fighters attacked on Sunday morning",
            "Sunday morning",
            "2017-07-16TMO",
            Set.of("attacked"));
    assertThat(corrected(text, TUESDAY_11_JULY)).isEqualTo("2017-07-09TMO");
  }

  @Test
  void futureSentencesAreLeftAlone() {
    AnnotatedText text =
        sentence(
            "Talks will resume on Friday after envoys met", "Friday", "2017-07-14", Set.of("met"));
    assertThat(corrected(text, TUESDAY_11_JULY)).isEqualTo("2017-07-14");
  }

  @Test
  void datesAlreadyBeforeTheArticleAndUndatedArticlesAreLeftAlone() {
    AnnotatedText before =
        sentence("They attacked on Sunday", "Sunday", "2017-07-09", Set.of("attacked"));
    assertThat(corrected(before, TUESDAY_11_JULY)).isEqualTo("2017-07-09");
    AnnotatedText later =
        sentence("They attacked on Friday", "Friday", "2017-07-14", Set.of("attacked"));
    assertThat(corrected(later, null)).isEqualTo("2017-07-14");
  }

  @Test
  void explicitDatesWithAWeekdayAreLeftAlone() {
    AnnotatedText text =
        sentence(
            "They attacked on Friday 14 July", "Friday 14 July", "2017-07-14", Set.of("attacked"));
    assertThat(corrected(text, TUESDAY_11_JULY)).isEqualTo("2017-07-14");
  }
}
