// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void diacriticsAndCaseAreIgnored() {
    assertThat(Names.normalize("Zoë SALAMÉ")).isEqualTo("zoe salame");
  }

  @Test
  void apostrophesHyphensAndQuotesAreUnified() {
    assertThat(Names.normalize("Al‐Qa’ida “Brigade”")).isEqualTo("al-qa'ida \"brigade\"");
    assertThat(Names.normalize("N`Djamena – Nord")).isEqualTo("n'djamena - nord");
  }

  @Test
  void whitespaceIsCollapsedAndTrimmed() {
    assertThat(Names.normalize("  Karim\n\t Belqasim\u00a0Tarhouni "))
        .isEqualTo("karim belqasim tarhouni");
  }

  @Test
  void leadingTheIsDropped() {
    assertThat(Names.normalize("The Coastal Defence Army")).isEqualTo("coastal defence army");
    assertThat(Names.normalize("the the Hague")).isEqualTo("hague");
    assertThat(Names.normalize("Theodor Weiss")).isEqualTo("theodor weiss");
  }

  @Test
  void compatibilityFormsAreFolded() {
    assertThat(Names.normalize("ﬁeld Ｍarshal")).isEqualTo("field marshal");
  }

  @Test
  void normalizingTwiceChangesNothingOnRandomStrings() {
    Random random = new Random(20261122L);
    for (int run = 0; run < 5000; run++) {
      String name = randomString(random);
      String once = Names.normalize(name);
      assertThat(Names.normalize(once))
          .as("normalize(normalize(%s))", escape(name))
          .isEqualTo(once);
      assertThat(once)
          .as("normalize(%s)", escape(name))
          .doesNotStartWith(" ")
          .doesNotEndWith(" ")
          .doesNotContain("  ")
          .doesNotStartWith("the ");
    }
  }

  /**
   * Mostly letters and name punctuation, with any code point (marks, surrogates, controls) mixed
   * in.
   */
  private static String randomString(Random random) {
    String common = "aAeEiIoO zZ-'’‘‐–—“”\"«» \t\n\u00a0éÉëİıßǅﬁＭ\u0301\u0308\u200bthe ";
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(16);
    for (int i = 0; i < length; i++) {
      if (random.nextInt(4) == 0) {
        b.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      } else if (random.nextInt(6) == 0) {
        b.append("the ");
      } else {
        b.append(common.charAt(random.nextInt(common.length())));
      }
    }
    return b.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .forEach(
            c ->
                b.append(
                    c < 128 && c >= 32
                        ? Character.toString(c)
                        : "\\u{" + Integer.toHexString(c) + "}"));
    return b.toString();
  }
}
