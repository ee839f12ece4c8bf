// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.AnnotatedText;
import io.dossier.model.CasualtyCount;
import org.junit.jupiter.api.Test;

class NumbersTest {

  /** Reads the count around the token at {@code index} of a sentence tagged NN / CD by shape. */
  private static CasualtyCount count(String sentence, int index) {
    String[] words = sentence.split(" ");
    String[] lines = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String pos = Numbers.value(words[i]).isPresent() ? "CD" : "NN";
      lines[i] =
          words[i] + " " + words[i].toLowerCase() + " " + pos + " " + (i == 0 ? "0:root" : "1:dep");
    }
    AnnotatedText text = Parsed.of(sentence).tokens(lines).text();
    Graph g = new Graph(text);
    CasualtyCount c = Numbers.around(g, index, 0, words.length);
    assertThat(c).isNotNull();
    assertThat(text.textOf(c.span())).isEqualTo(c.text());
    return c;
  }

  @Test
  void numberWordsAndDigitsWithThousandsSeparators() {
    assertThat(Numbers.value("eighteen")).hasValue(18);
    assertThat(Numbers.value("twenty-five")).hasValue(25);
    assertThat(Numbers.value("1,200")).hasValue(1200);
    assertThat(Numbers.value("soldiers")).isEmpty();
  }

  @Test
  void rangeWithBetweenAndAnd() {
    CasualtyCount c = count("killed between 18 and 20 villagers", 5);
    assertThat(c.low()).isEqualTo(18);
    assertThat(c.high()).isEqualTo(20);
    assertThat(c.qualifier()).isEqualTo("range");
    assertThat(c.text()).isEqualTo("between 18 and 20");
  }

  @Test
  void rangeWithTo() {
    CasualtyCount c = count("killed 18 to 20 villagers", 4);
    assertThat(c.low()).isEqualTo(18);
    assertThat(c.high()).isEqualTo(20);
    assertThat(c.text()).isEqualTo("18 to 20");
  }

  @Test
  void twoDozenIsTwentyFourAndExact() {
    CasualtyCount c = count("killed two dozen villagers", 3);
    assertThat(c.low()).isEqualTo(24);
    assertThat(c.qualifier()).isEqualTo("exact");
    assertThat(c.text()).isEqualTo("two dozen");
  }

  @Test
  void hundredsIsCodedOneHundredAndVague() {
    CasualtyCount c = count("killed hundreds", 1);
    assertThat(c.low()).isEqualTo(100);
    assertThat(c.qualifier()).isEqualTo("vague");
  }

  @Test
  void moreThanIsAConservativeLowerBound() {
    CasualtyCount c = count("killed more than 30 villagers", 4);
    assertThat(c.low()).isEqualTo(30);
    assertThat(c.qualifier()).isEqualTo("at-least");
    assertThat(c.text()).isEqualTo("more than 30");
  }
}
