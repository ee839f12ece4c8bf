// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShapeTest {

  @Test
  void keyIsLowerCaseWithoutEdgePunctuation() {
    assertThat(Shape.key("- Share this: »")).isEqualTo("share this");
    assertThat(Shape.key("« ADVERTISEMENT »")).isEqualTo("advertisement");
    assertThat(Shape.key("Editor’s picks")).isEqualTo("editor's picks");
    assertThat(Shape.key("***")).isEmpty();
  }

  @Test
  void wordsCountTokensWithLettersOrDigits() {
    assertThat(Shape.words("Aid convoy – reaches 3 villages")).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Aid convoy reaches northern villages",
        "Is the truce holding?",
        "‘We will not leave’: residents defy order",
        "2017 in review",
        "Talks collapse as shelling resumes…"
      })
  void headlinesAreHeadlineLike(String paragraph) {
    assertThat(Shape.isHeadlineLike(paragraph)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The convoy reached the villages on Sunday.",
        "and then the talks collapsed",
        "He said:",
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
            + " sixteen"
      })
  void sentencesAreNotHeadlineLike(String paragraph) {
    assertThat(Shape.isHeadlineLike(paragraph)).isFalse();
  }
}
