// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link EventExtractor#sentencesToParse}: the sentences that may yield an event. That leaving the
 * others unparsed changes no event is checked on every case of {@code EventExtractorTest}.
 */
class EventSentencesTest {

  @Test
  void onlySentencesWithATriggerCasualtyOrderOrDemandCueAreParsed() {
    AnnotatedText text =
        sentences(
            "The/the/DT weather/weather/NN was/be/VBD fine/fine/JJ",
            "Gunmen/gunman/NNS attacked/attack/VBD the/the/DT base/base/NN",
            "It/it/PRP was/be/VBD a/a/DT long/long/JJ day/day/NN",
            "Two/two/CD people/people/NNS died/die/VBD",
            "They/they/PRP said/say/VBD he/he/PRP must/must/MD go/go/VB",
            "Talks/talk/NNS began/begin/VBD",
            "The/the/DT attack/attack/NN dog/dog/NN barked/bark/VBD");
    assertThat(EventExtractor.sentencesToParse(text).stream().toArray())
        // 1: a lexicon verb; 3: a casualty verb; 4: "said … must"; 5: a lexicon noun; 6: "attack"
        // as a noun (whether it only modifies another noun is known from the parse only)
        .containsExactly(1, 3, 4, 5, 6);
  }

  /** Sentences of {@code word/lemma/POS} tokens separated by single spaces. */
  private static AnnotatedText sentences(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> out = new ArrayList<>();
    for (String s : sentences) {
      int first = tokens.size();
      int start = text.length();
      for (String tok : s.split(" ")) {
        String[] f = tok.split("/");
        if (text.length() > start) {
          text.append(' ');
        }
        Span span = new Span(text.length(), text.length() + f[0].length());
        text.append(f[0]);
        tokens.add(new Token(tokens.size(), span, f[0], f[1], f[2], "O", out.size()));
      }
      out.add(new Sentence(out.size(), new Span(start, text.length()), first, tokens.size()));
      text.append(". ");
    }
    return new AnnotatedText(
        "d1",
        text.toString(),
        tokens,
        out,
        List.of(),
        List.of(),
        List.of(),
        Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS));
  }
}
